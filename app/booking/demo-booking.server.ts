import { and, asc, eq, inArray } from "drizzle-orm";
import type { Transaction } from "../kit/db/db.server";
import type { CurrentUser } from "../kit/permissions/roles";
import { networkMembership, practitioner, service, servicePoint } from "~/network-map/public.server";
import { saveBookable, setMeetingLink } from "./commands/publish.server";
import type { BookableServiceInput } from "./inputs";

/** Weekly openings by pattern: the rules are weekly, so the next four weeks have free times whatever day the demo loads. */
const patterns: BookableServiceInput["weekly"][] = [
  [1, 2, 3, 4, 5].map((weekday) => ({ weekday, startsAt: "09:00", endsAt: "15:00" })),
  [1, 3, 5].map((weekday) => ({ weekday, startsAt: "12:00", endsAt: "16:00" })),
  [2, 4].map((weekday) => ({ weekday, startsAt: "08:30", endsAt: "11:30" })),
];

/**
 * Bookable services of the Lapland and Kainuu demo networks (decision 0175: through the command):
 * the first services of organisations that have practitioners, each one practitioner's own or
 * shared by the organisation's practitioners, some by phone and video, and two group sessions.
 */
export async function loadDemoBookings(tx: Transaction, admin: CurrentUser): Promise<number> {
  const members = await tx
    .selectDistinct({ organizationId: networkMembership.organizationId })
    .from(networkMembership)
    .where(inArray(networkMembership.regionCode, ["maakunta_18", "maakunta_19"]));
  const organizationIds = members.map((m) => m.organizationId);
  const services = await tx
    .select({ id: service.id, organizationId: service.organizationId, languages: service.languages })
    .from(service)
    .where(and(inArray(service.organizationId, organizationIds), eq(service.status, "active")))
    .orderBy(asc(service.id));
  const people = await tx
    .select({ id: practitioner.id, organizationId: practitioner.organizationId })
    .from(practitioner)
    .where(inArray(practitioner.organizationId, organizationIds))
    .orderBy(asc(practitioner.id));
  const points = await tx
    .select({ id: servicePoint.id, organizationId: servicePoint.organizationId })
    .from(servicePoint)
    .where(inArray(servicePoint.organizationId, organizationIds));
  let made = 0;
  const usedOrganizations = new Set<string>();
  for (const s of services) {
    if (made >= 12) break;
    const staff = people.filter((p) => p.organizationId === s.organizationId);
    const point = points.find((p) => p.organizationId === s.organizationId);
    if (staff.length === 0 || !point || usedOrganizations.has(s.organizationId)) continue;
    usedOrganizations.add(s.organizationId);
    const shared = staff.length > 1 && made % 2 === 0;
    const group = made % 5 === 4;
    if (made % 3 === 0) await setMeetingLink(admin, { organizationId: s.organizationId, template: "https://video.example/elo-{booking}" }, tx);
    await saveBookable(
      admin,
      {
        serviceId: s.id,
        scope: shared && !group ? "organization" : "practitioner",
        kind: group ? "group" : "individual",
        capacity: group ? 12 : 1,
        practitionerIds: shared && !group ? staff.slice(0, 3).map((p) => p.id) : [staff[0].id],
        durationMinutes: group ? 90 : made % 2 === 0 ? 45 : 30,
        bufferMinutes: group ? 30 : 15,
        minimumNoticeHours: 12,
        horizonDays: 42,
        dailyCap: group ? null : 6,
        channels: group ? ["in_person"] : made % 3 === 0 ? ["in_person", "phone", "video"] : ["in_person", "phone"],
        servicePointId: point.id,
        phone: "+358 20 123 4567",
        languages: s.languages.length ? s.languages : ["fi"],
        topics: [],
        weekly: patterns[made % patterns.length],
        exceptions: [],
      },
      undefined,
      tx,
    );
    made++;
  }
  return made;
}
