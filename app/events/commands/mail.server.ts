import { eq } from "drizzle-orm";
import { queueMail } from "~/mail/public.server";
import { config } from "../../kit/config.server";
import type { Transaction } from "../../kit/db/db.server";
import { translator } from "../../kit/i18n/catalogue";
import { isLanguage, type Language } from "../../kit/i18n/languages";
import { localize } from "../../kit/i18n/localized";
import { eventWhen } from "../format";
import { attendeeIcs } from "../ics.server";
import { placeLine } from "../place.server";
import { event, eventRegistration } from "../schema.server";
import { feedbackPath, registrationPath } from "../tokens.server";

export type RegistrationMailKind = "confirmed" | "waiting" | "promoted" | "cancelled" | "reminder" | "feedback";

/**
 * The registered person's e-mail, in their language and in the caller's transaction: the
 * confirmation and the promotion carry the event as an invitation (.ics), the cancellation its
 * withdrawal; every one but the feedback request carries the cancellation link.
 */
export async function queueRegistrationMail(tx: Transaction, registrationId: string, kind: RegistrationMailKind, waitingPosition?: number): Promise<void> {
  const [row] = await tx
    .select({ registration: eventRegistration, event })
    .from(eventRegistration)
    .innerJoin(event, eq(event.id, eventRegistration.eventId))
    .where(eq(eventRegistration.id, registrationId));
  const email = row?.registration.email;
  if (!email) return;
  const { registration, event: e } = row;
  const lang: Language = isLanguage(registration.language) ? registration.language : "fi";
  const t = translator(lang);
  const title = localize(e.title, lang).text;
  const place = await placeLine(tx, e, lang);
  const pageUrl = `${config.publicUrl}/${lang}/events/${e.id}`;
  const cancelUrl = `${config.publicUrl}${registrationPath(lang, registration.id)}`;
  const values = {
    event: title,
    when: eventWhen(e.startsAt, e.endsAt, lang),
    place,
    cancelUrl,
    pageUrl,
    position: waitingPosition ?? 0,
    feedbackUrl: `${config.publicUrl}${feedbackPath(lang, registration.id)}`,
  };
  const method = kind === "cancelled" ? "CANCEL" : "REQUEST";
  const withInvitation = kind === "confirmed" || kind === "promoted" || kind === "cancelled";
  const ics = attendeeIcs(
    {
      icsUid: e.icsUid,
      icsSequence: e.icsSequence,
      startsAt: e.startsAt,
      endsAt: e.endsAt,
      updatedAt: e.updatedAt,
      summary: title,
      location: place,
      description: kind === "cancelled" ? t("events.mail.cancelledIcs") : `${t("events.mail.cancelIcs")} ${cancelUrl}`,
      url: pageUrl,
      cancelled: kind === "cancelled",
    },
    method,
    email,
  );
  await queueMail(tx, {
    to: email,
    subject: t(`events.mail.${kind}.subject`, values),
    text: t(`events.mail.${kind}.body`, values),
    attachments: withInvitation ? [{ filename: "tapahtuma.ics", contentType: `text/calendar; charset=utf-8; method=${method}`, content: ics }] : [],
  });
}
