import { config } from "~/kit/config.server";
import type { Transaction } from "~/kit/db/db.server";
import { translator } from "~/kit/i18n/catalogue";
import { isLanguage, type Language } from "~/kit/i18n/languages";
import { localize, type LocalizedText } from "~/kit/i18n/localized";
import { inviteToRate } from "~/feedback/public.server";
import { queueMail } from "~/mail/public.server";
import type { referral } from "../schema.server";

/**
 * After the receiving organisation records the outcome, the client is asked the one satisfaction
 * question by e-mail, if they agreed to share an address; otherwise nothing (decision 0214). The
 * answer is counted under the receiving organisation and its service, never under the client.
 */
export async function queueReferralSatisfaction(
  tx: Transaction,
  row: typeof referral.$inferSelect,
  serviceName: LocalizedText | null,
  organizationName: LocalizedText,
  now: Date,
): Promise<void> {
  if (!row.clientEmail) return;
  const lang: Language = row.clientLanguage && isLanguage(row.clientLanguage) ? row.clientLanguage : "fi";
  const t = translator(lang);
  const path = await inviteToRate(tx, { kind: "referral", organizationId: row.toOrganizationId, serviceId: row.serviceId, language: lang }, now);
  const values = { service: localize(serviceName ?? organizationName, lang).text, url: `${config.publicUrl}${path}` };
  await queueMail(tx, { to: row.clientEmail, subject: t("referrals.mail.satisfaction.subject", values), text: t("referrals.mail.satisfaction.body", values) });
}
