import { inArray } from "drizzle-orm";
import { user } from "~/accounts/public.server";
import { config } from "../kit/config.server";
import { translator } from "../kit/i18n/catalogue";
import type { Language } from "../kit/i18n/languages";
import { queueMail } from "~/mail/public.server";
import type { Transaction } from "../kit/db/db.server";
import { localizedLink, notificationText, type NotificationInput } from "./notification";
import { notification } from "./schema.server";

export type { NotificationInput };

export interface NotifyOptions {
  /** false: write the UI notifications only, no e-mail copy (default true). */
  email?: boolean;
}

/** Accounts have no language setting yet, so e-mail copies go out in Finnish, the site's default. */
const mailLanguage: Language = "fi";

/**
 * Tells users about an event, inside the caller's transaction: one notification row per distinct
 * recipient (shown on /work/notifications and counted in the header) and an e-mail copy queued in
 * the outbox with its delivery job. The rows and mails exist exactly when the change that caused
 * them does, and the job runner sends the mail after the commit (decision 0171).
 *
 * Pass `{ email: false }` when the command already e-mails the same people about the same event
 * (a meeting invitation carries its calendar file): the notification is then shown in the UI only,
 * so that nobody gets two e-mails for one event.
 *
 * @param recipients user ids (better-auth user.id); duplicates and unknown ids are ignored
 */
export async function notify(
  tx: Transaction,
  recipients: readonly string[],
  input: NotificationInput,
  options: NotifyOptions = {},
): Promise<{ mailIds: string[] }> {
  const ids = [...new Set(recipients)];
  if (ids.length === 0) return { mailIds: [] };
  const users = await tx.select({ id: user.id, email: user.email }).from(user).where(inArray(user.id, ids)).orderBy(user.email);
  if (users.length === 0) return { mailIds: [] };
  const values = input.values ?? {};
  await tx
    .insert(notification)
    .values(users.map((u) => ({ userId: u.id, kind: input.kind, messageKey: input.messageKey, values, link: input.link ?? null, cause: input.cause ?? null })));
  if (options.email === false) return { mailIds: [] };
  const t = translator(mailLanguage);
  const subject = notificationText(t, mailLanguage, input.messageKey, values);
  const link = localizedLink(mailLanguage, input.link);
  const text = t("notifications.mail.body", { message: subject, url: link ? `${config.publicUrl}${link}` : config.publicUrl });
  const mailIds: string[] = [];
  for (const u of users) mailIds.push(await queueMail(tx, { to: u.email, subject, text }));
  return { mailIds };
}
