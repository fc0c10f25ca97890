import { eq } from "drizzle-orm";
import { config } from "../../kit/config.server";
import type { Transaction } from "../../kit/db/db.server";
import { translator } from "../../kit/i18n/catalogue";
import { isLanguage, type Language } from "../../kit/i18n/languages";
import { localize } from "../../kit/i18n/localized";
import { inviteToRate } from "~/feedback/public.server";
import { queueMail } from "~/mail/public.server";
import { practitioner, service, servicePoint } from "~/network-map/public.server";
import { bookingIcs } from "../ics.server";
import { managePath } from "../manage-token.server";
import { bookableService, booking, groupSession, meetingLinkTemplate } from "../schema.server";

export type CitizenMailKind = "confirmed" | "moved" | "cancelled" | "reminder";

const when = (at: Date, lang: Language) =>
  new Intl.DateTimeFormat({ fi: "fi-FI", sv: "sv-FI", en: "en-FI" }[lang], {
    weekday: "long",
    day: "numeric",
    month: "numeric",
    year: "numeric",
    hour: "numeric",
    minute: "2-digit",
    timeZone: "Europe/Helsinki",
  }).format(at);

/** Where the time is had: the service point's address, the phone, or the video address from the organisation's template. */
export async function placeOf(tx: Transaction, row: typeof booking.$inferSelect, lang: Language): Promise<string> {
  const [b] = await tx.select().from(bookableService).where(eq(bookableService.id, row.bookableServiceId));
  const t = translator(lang);
  if (row.channel === "in_person" && b.servicePointId) {
    const [point] = await tx.select().from(servicePoint).where(eq(servicePoint.id, b.servicePointId));
    return point ? `${localize(point.name, lang).text}, ${point.streetAddress}` : "";
  }
  if (row.channel === "phone") return t("booking.mail.byPhone");
  const [template] = await tx.select().from(meetingLinkTemplate).where(eq(meetingLinkTemplate.organizationId, b.organizationId));
  return template ? template.template.replaceAll("{booking}", row.id.slice(0, 8)) : t("booking.mail.videoLater");
}

async function sessionPractitioner(tx: Transaction, sessionId: string): Promise<string | null> {
  const [session] = await tx.select({ practitionerId: groupSession.practitionerId }).from(groupSession).where(eq(groupSession.id, sessionId));
  return session?.practitionerId ?? null;
}

/**
 * The citizen's e-mail about their booking, with its .ics and the manage link, queued in the
 * caller's transaction. Nothing goes out when the booking has no e-mail address (phone only).
 */
export async function queueCitizenMail(tx: Transaction, bookingId: string, kind: CitizenMailKind): Promise<void> {
  const [row] = await tx.select().from(booking).where(eq(booking.id, bookingId));
  if (!row?.email) return;
  const lang: Language = isLanguage(row.language) ? row.language : "fi";
  const t = translator(lang);
  const [names] = await tx
    .select({ service: service.name })
    .from(bookableService)
    .innerJoin(service, eq(service.id, bookableService.serviceId))
    .where(eq(bookableService.id, row.bookableServiceId));
  const practitionerId = row.practitionerId ?? (row.groupSessionId ? await sessionPractitioner(tx, row.groupSessionId) : null);
  const [person] = practitionerId
    ? await tx.select({ givenName: practitioner.givenName, familyName: practitioner.familyName }).from(practitioner).where(eq(practitioner.id, practitionerId))
    : [];
  const serviceName = localize(names.service, lang).text;
  const place = await placeOf(tx, row, lang);
  const manageUrl = `${config.publicUrl}${managePath(lang, row.id)}`;
  const values = {
    service: serviceName,
    when: when(row.startsAt, lang),
    channel: t(`booking.channel.${row.channel}` as "booking.channel.phone"),
    place,
    practitioner: person ? `${person.givenName} ${person.familyName}` : "–",
    manageUrl,
  };
  const method = kind === "cancelled" ? "CANCEL" : "REQUEST";
  const ics = bookingIcs(
    {
      icsUid: row.icsUid,
      icsSequence: row.icsSequence,
      startsAt: row.startsAt,
      endsAt: row.endsAt,
      summary: serviceName,
      location: place,
      description: kind === "cancelled" ? t("booking.mail.cancelledIcs") : `${t("booking.mail.manageIcs")} ${manageUrl}`,
      cancelled: kind === "cancelled",
    },
    method,
    row.email,
  );
  await queueMail(tx, {
    to: row.email,
    subject: t(`booking.mail.${kind}.subject`, values),
    text: t(`booking.mail.${kind}.body`, values),
    attachments: kind === "reminder" ? [] : [{ filename: "ajanvaraus.ics", contentType: `text/calendar; charset=utf-8; method=${method}`, content: ics }],
  });
}

/**
 * After a held time, the one satisfaction question (decision 0202), in the caller's transaction:
 * the question keeps nothing of the person, only the service and channel it is counted under.
 */
export async function queueSatisfactionQuestion(tx: Transaction, bookingId: string): Promise<void> {
  const [row] = await tx
    .select({
      email: booking.email,
      language: booking.language,
      channel: booking.channel,
      organizationId: bookableService.organizationId,
      serviceId: bookableService.serviceId,
      serviceName: service.name,
    })
    .from(booking)
    .innerJoin(bookableService, eq(bookableService.id, booking.bookableServiceId))
    .innerJoin(service, eq(service.id, bookableService.serviceId))
    .where(eq(booking.id, bookingId));
  if (!row?.email) return;
  const lang: Language = isLanguage(row.language) ? row.language : "fi";
  const t = translator(lang);
  const path = await inviteToRate(tx, { kind: "booking", organizationId: row.organizationId, serviceId: row.serviceId, channel: row.channel, language: lang });
  const values = { service: localize(row.serviceName, lang).text, url: `${config.publicUrl}${path}` };
  await queueMail(tx, { to: row.email, subject: t("booking.mail.satisfaction.subject", values), text: t("booking.mail.satisfaction.body", values) });
}
