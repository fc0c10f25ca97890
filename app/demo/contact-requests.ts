import { asc, eq } from "drizzle-orm";
import { answerRequest, claimRequest, submitContactRequest } from "../contact-requests/public.server";
import { addDays, earlierBy, todayInFinland } from "../kit/dates/calendar";
import type { Transaction } from "../kit/db/db.server";
import type { CurrentUser } from "../kit/permissions/roles";
import { service } from "../network-map/public.server";
import { createReferral, recordOutcome, respondToReferral } from "../referrals/public.server";

const daysAgo = (days: number, hours = 0) => earlierBy(new Date(), { days, hours });

/** The first service of a demo organisation, by id, for requests and referrals to point at. */
async function firstService(tx: Transaction, organizationId: string): Promise<string> {
  const [row] = await tx.select({ id: service.id }).from(service).where(eq(service.organizationId, organizationId)).orderBy(asc(service.id)).limit(1);
  return row.id;
}

/**
 * A few contact requests in Kainuu and Lapland (one overdue, one answered) and two referrals from
 * Ohjaamo Kainuu to KAO, through the commands; the people are invented.
 */
export async function loadDemoContactRequests(
  tx: Transaction,
  organizationIds: Map<string, string>,
  people: { ohjaaja: CurrentUser; kaoContact: CurrentUser },
) {
  const ohjaamoKainuu = await firstService(tx, organizationIds.get("ohjaamo-kainuu")!);
  const ohjaamoRovaniemi = await firstService(tx, organizationIds.get("ohjaamo-rovaniemi")!);
  const kao = await firstService(tx, organizationIds.get("kao")!);
  const request = (serviceId: string, name: string, extra: Record<string, string>) =>
    ({
      serviceId,
      topic: "career_planning",
      language: "fi",
      channel: "phone",
      preferredTimes: "Arkisin klo 9–15",
      name,
      consent: "yes",
      pageLanguage: "fi",
      ...extra,
    }) as const;

  await submitContactRequest(request(ohjaamoKainuu, "Ville Heikkinen", { phone: "040 100 2001", topic: "employment" }), daysAgo(6), tx);
  await submitContactRequest(
    request(ohjaamoKainuu, "Anni Korhonen", { email: "anni.korhonen@example.fi", channel: "email", preferredTimes: "Milloin vain" }),
    daysAgo(0, 2),
    tx,
  );
  const answered = await submitContactRequest(
    request(ohjaamoKainuu, "Jussi Pääkkönen", { phone: "040 100 2003", channel: "video", topic: "choosing_education" }),
    daysAgo(4),
    tx,
  );
  await claimRequest(people.ohjaaja, answered.id, {}, daysAgo(3, 20), tx);
  await answerRequest(people.ohjaaja, answered.id, { answerChannel: "video" }, daysAgo(3, 18), tx);
  await submitContactRequest(request(ohjaamoRovaniemi, "Sanna Lehto", { phone: "040 100 2004", language: "sv" }), daysAgo(1), tx);
  await submitContactRequest(
    request(ohjaamoRovaniemi, "Pekka Aikio", { email: "pekka.aikio@example.fi", channel: "email", topic: "apprenticeship" }),
    daysAgo(2),
    tx,
  );

  const consentUntil = addDays(todayInFinland(), 90);
  const referral = (clientName: string, clientPhone: string, purpose: string) => ({
    fromOrganizationId: organizationIds.get("ohjaamo-kainuu")!,
    serviceId: kao,
    sharedFields: ["name", "phone", "language"],
    purpose,
    consentUntil,
    consent: "yes",
    clientName,
    clientPhone,
    clientLanguage: "fi",
  });
  await createReferral(people.ohjaaja, referral("Emma Kinnunen", "040 100 3001", "Haluaa hakea oppisopimuskoulutukseen kiinteistöalalle."), daysAgo(1), tx);
  const booked = await createReferral(
    people.ohjaaja,
    referral("Teemu Huotari", "040 100 3002", "Kiinnostunut osaamisen tunnistamisesta ja näyttötutkinnosta."),
    daysAgo(8),
    tx,
  );
  await respondToReferral(people.kaoContact, booked, { decision: "accept" }, daysAgo(7), tx);
  await recordOutcome(people.kaoContact, booked, { outcome: "time_booked" }, daysAgo(6), tx);
}
