import { eq, sql } from "drizzle-orm";
import type { Database } from "../kit/db/db.server";
import { loadDemoBookings } from "../booking/demo-booking.server";
import { loadDemoFeedback } from "../feedback/demo-feedback.server";
import { organization, practitioner, service, servicePoint } from "../network-map/schema.server";
import { loadDemoOfferings } from "../offerings/demo-offerings.server";
import { createDemoAccount, demoAccounts } from "./accounts.server";
import { loadDemoContentPages } from "./content-pages";
import { loadDemoChatDuty } from "./chat";
import { loadDemoContactRequests } from "./contact-requests";
import { loadDemoDocuments } from "./documents";
import { loadDemoGovernance } from "./governance";
import { loadDemoMeetings } from "./meetings";
import { loadDemoMobilePoints } from "./mobile-points";
import { loadDemoEvents } from "./events";
import { loadDemoNetworkMap } from "./network-map.server";
import { demoOrganizations } from "./organizations";
import { loadDemoPlanning } from "./planning";
import { loadDemoProjects } from "./projects";
import { random } from "./random";

/**
 * Loads the Lapland and Kainuu networks: real organisations from the source documents, their
 * service points and services, invented practitioners, groups, meetings, plans, documents and
 * feedback; plus demo accounts for each role. Everything goes through the same commands as users'
 * changes, acting as the demo admin, coordinators, contact person and practitioner, so it is
 * validated and audited the same way; the few direct writes say why. One transaction: a failed load
 * leaves the database empty, and the next start tries again.
 */
export async function loadDemoData(db: Database): Promise<void> {
  const rng = random(2026);
  await db.transaction(async (tx) => {
    const admin = await createDemoAccount(tx, demoAccounts.admin, [demoAccounts.admin.grant()]);
    const coordinators = {
      maakunta_19: await createDemoAccount(tx, demoAccounts.lapland, [demoAccounts.lapland.grant()]),
      maakunta_18: await createDemoAccount(tx, demoAccounts.kainuu, [demoAccounts.kainuu.grant()]),
    };
    const network = await loadDemoNetworkMap(tx, { admin, coordinators }, rng);
    const { organizationIds, contactPractitioners, kaoContact } = network;
    // The practitioner of the README: Ohjaamo Kainuu's contact person, keeping their own card.
    const ohjaaja = await createDemoAccount(tx, demoAccounts.practitioner, [demoAccounts.practitioner.grant(contactPractitioners.get("ohjaamo-kainuu")!)]);

    await loadDemoOfferings(tx, (key) => network.keepers.get(key)!, organizationIds);

    // Back-dated: some entries have not been checked for over a year, so the coordinators' list of
    // stale entries has content; no command writes a verification date in the past.
    const staleBefore = sql`now() - interval '400 days'`;
    await tx
      .update(service)
      .set({ lastVerifiedAt: staleBefore })
      .where(sql`${service.id} in (select id from ${service} order by id limit 5)`);
    await tx
      .update(practitioner)
      .set({ lastVerifiedAt: staleBefore })
      .where(sql`${practitioner.id} in (select id from ${practitioner} order by id limit 8)`);
    await tx
      .update(servicePoint)
      .set({ lastVerifiedAt: staleBefore })
      .where(sql`${servicePoint.id} in (select id from ${servicePoint} order by id limit 2)`);
    await tx
      .update(organization)
      .set({ lastVerifiedAt: staleBefore })
      .where(eq(organization.id, organizationIds.get("lapin-kesayliopisto")!));

    const groups = await loadDemoGovernance(tx, coordinators, organizationIds, contactPractitioners);
    await loadDemoFeedback(tx, coordinators.maakunta_19);
    await loadDemoBookings(tx, admin);
    await loadDemoContentPages(tx, admin);
    await loadDemoPlanning(tx, coordinators, organizationIds);
    await loadDemoProjects(tx, coordinators, organizationIds);
    await loadDemoMeetings(tx, groups, {
      runners: { "lappi-elo": coordinators.maakunta_19, "kainuu-elo": coordinators.maakunta_18, "kainuu-opinraitti": ohjaaja },
      accounts: { kao: kaoContact },
      organizationIds,
      contactPractitioners,
    });
    await loadDemoContactRequests(tx, organizationIds, { ohjaaja, kaoContact });
    await loadDemoEvents(tx, coordinators, organizationIds);
    await loadDemoChatDuty(tx, coordinators, organizationIds, { ohjaaja, kaoContact });
    // Last, so that the Kainuu contact person's one unread notification is the newest document's.
    await loadDemoMobilePoints(tx, coordinators, organizationIds);
    await loadDemoDocuments(tx, groups.ids, { "kainuu-opinraitti": ohjaaja, "lappi-koordinaatio": coordinators.maakunta_19 }, kaoContact);
    console.log(`Demo data: ${demoOrganizations.length} organisations, ${network.practitioners} practitioners.`);
  });
}
