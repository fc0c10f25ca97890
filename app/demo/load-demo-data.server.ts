import { eq, inArray, sql } from "drizzle-orm";
import { createAccount } from "../accounts/commands/create-account.server";
import { systemCaller, type RoleGrant } from "../kit/permissions/roles";
import type { Database } from "../kit/db/db.server";
import { competenceAreas, weekdays, type ServiceLanguage } from "../network-map/code-lists";
import { createOrganization } from "../network-map/commands/organization.server";
import { createPractitioner } from "../network-map/commands/practitioner.server";
import { createService } from "../network-map/commands/service.server";
import { createServicePoint } from "../network-map/commands/service-point.server";
import { practitioner, service, servicePoint, organization } from "../network-map/schema.server";
import { municipality } from "../reference/schema.server";
import { loadDemoOfferings } from "../offerings/demo-offerings.server";
import { loadDemoFeedback } from "../feedback/demo-feedback.server";
import { loadDemoDocuments } from "./documents";
import { loadDemoContentPages } from "./content-pages";
import { loadDemoGovernance } from "./governance";
import { loadDemoPlanning } from "./planning";
import { loadDemoMeetings } from "./meetings";
import { demoOrganizations } from "./organizations";
import { familyNames, givenNames, titles } from "./people";
import { places } from "./places";
import { immigrantGuidance, mobileServicePoint, serviceTemplates, type ServiceTemplate } from "./services";

/** A small seeded random generator, so that every start produces the same demo data. */
function random(seed: number) {
  let state = seed;
  const next = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]) => items[Math.floor(next() * items.length)],
    some: <T>(items: readonly T[], count: number) => [...items].sort(() => next() - 0.5).slice(0, count),
  };
}

/** Password of the demo accounts listed in the README. */
export const demoPassword = "elo-demo-salasana";

/**
 * Loads the Lapland and Kainuu networks: real organisations from the source documents, their
 * service points and services, and invented practitioners; plus demo accounts for each role.
 */
export async function loadDemoData(db: Database): Promise<void> {
  const rng = random(2026);
  const caller = systemCaller("Elo demo data");
  const municipalityNames = new Map(
    (await db.select().from(municipality).where(inArray(municipality.regionCode, ["maakunta_18", "maakunta_19"]))).map((m) => [
      m.code,
      m,
    ]),
  );
  const regionMunicipalities = (regions: string[]) =>
    [...municipalityNames.values()].filter((m) => regions.includes(m.regionCode)).map((m) => m.code);

  await db.transaction(async (tx) => {
    const organizationIds = new Map<string, string>();
    const contactPractitioners = new Map<string, string>();
    let practitionerCount = 0;

    for (const org of demoOrganizations) {
      const organizationId = await createOrganization(
        caller,
        {
          name: org.name,
          description: org.description,
          type: org.type,
          businessId: org.businessId,
          website: org.website ?? `https://${org.key}.example`,
          email: `info@${org.key}.example`,
          parentId: org.parent ? organizationIds.get(org.parent) : undefined,
          regionCodes: org.regions,
        },
        tx,
      );
      organizationIds.set(org.key, organizationId);

      const pointIds: string[] = [];
      for (const home of org.home) {
        const place = places[home];
        const m = municipalityNames.get(home)!;
        pointIds.push(
          await createServicePoint(
            caller,
            {
              organizationId,
              name: {
                fi: `${org.name.fi}, ${m.nameFi}`,
                sv: `${org.name.sv ?? org.name.fi}, ${m.nameSv}`,
                en: `${org.name.en ?? org.name.fi}, ${m.nameFi}`,
              },
              streetAddress: place.street,
              postalCode: place.postalCode,
              latitude: place.lat + (rng.next() - 0.5) * 0.01,
              longitude: place.lon + (rng.next() - 0.5) * 0.02,
              openingHours: weekdays.slice(0, 5).map((day) => ({ day, opens: "09:00", closes: day === "fr" ? "15:00" : "16:00" })),
              accessibility: {
                fi: "Esteetön sisäänkäynti ja hissi. Induktiosilmukka asiakaspalvelussa.",
                sv: "Tillgänglig entré och hiss. Induktionsslinga i kundtjänsten.",
                en: "Step-free entrance and lift. Induction loop at the service desk.",
              },
            },
            tx,
          ),
        );
      }

      const templates: ServiceTemplate[] = [...(serviceTemplates[org.type] ?? [])];
      if (org.key === "kao") templates.push(mobileServicePoint);
      if (["kajaanin-kansalaisopisto", "rovaniemi-tyollisyys", "ohjaamo-kainuu"].includes(org.key)) templates.push(immigrantGuidance);
      const serviceIds: string[] = [];
      for (const template of templates) {
        const inPerson = template.channels.includes("in_person");
        serviceIds.push(
          await createService(
            caller,
            {
              organizationId,
              name: template.name,
              description: template.description,
              targetGroups: template.targetGroups,
              topics: template.topics,
              languages: template.languages,
              areaMunicipalities: template.regionWide ? regionMunicipalities(org.regions) : org.home,
              cost: template.cost ?? "free",
              costDescription: {},
              status: "active",
              website: `https://${org.key}.example/ohjaus`,
              email: `ohjaus@${org.key}.example`,
              channels: template.channels.map((channel) => ({
                channel,
                contact:
                  channel === "phone"
                    ? `+358 40 ${rng.int(100, 999)} ${rng.int(1000, 9999)}`
                    : channel === "email"
                      ? `ohjaus@${org.key}.example`
                      : ["chat", "web", "video"].includes(channel)
                        ? `https://${org.key}.example/${channel}`
                        : undefined,
                hours: channel === "phone" ? { fi: "ma–to 9–15", sv: "mån–tors 9–15", en: "Mon–Thu 9–15" } : {},
                servicePointId: channel === "in_person" ? pointIds[0] : undefined,
              })),
              servicePointIds: inPerson ? pointIds : [],
            },
            tx,
          ),
        );
      }

      const people = org.type === "other" || org.type === "company" ? 2 : rng.int(3, 5);
      for (let i = 0; i < people; i++) {
        const givenName = rng.pick(givenNames);
        const familyName = rng.pick(familyNames);
        const extraLanguages: ServiceLanguage[] = org.key === "sakk" ? ["se"] : rng.next() < 0.4 ? [rng.pick(["en", "sv", "ru"] as const)] : [];
        const id = await createPractitioner(
          caller,
          {
            organizationId,
            givenName,
            familyName,
            title: i === 0 ? { fi: "Yhdyshenkilö, koulutussuunnittelija", sv: "Kontaktperson, utbildningsplanerare", en: "Contact person, education planner" } : rng.pick(titles),
            email: `${givenName}.${familyName}@${org.key}.example`.toLowerCase().replace(/[äå]/g, "a").replace(/ö/g, "o"),
            phone: `+358 50 ${rng.int(100, 999)} ${rng.int(1000, 9999)}`,
            competenceAreas: rng.some(competenceAreas, rng.int(2, 3)),
            languages: ["fi", ...extraLanguages],
            visibility: { phone: rng.next() < 0.5 ? "network" : "public", email: "public", title: "public", servicePoints: "public" },
            isContactPerson: i === 0,
            serviceIds: rng.some(serviceIds, Math.min(serviceIds.length, rng.int(1, 2))),
            servicePointIds: [rng.pick(pointIds)],
          },
          tx,
        );
        if (i === 0) contactPractitioners.set(org.key, id);
        practitionerCount++;
      }
    }

    await loadDemoOfferings(tx, caller, organizationIds);

    // Some entries have not been checked for over a year, so the coordinators' list has content.
    const staleBefore = sql`now() - interval '400 days'`;
    await tx.update(service).set({ lastVerifiedAt: staleBefore }).where(sql`${service.id} in (select id from ${service} order by id limit 5)`);
    await tx.update(practitioner).set({ lastVerifiedAt: staleBefore }).where(sql`${practitioner.id} in (select id from ${practitioner} order by id limit 8)`);
    await tx.update(servicePoint).set({ lastVerifiedAt: staleBefore }).where(sql`${servicePoint.id} in (select id from ${servicePoint} order by id limit 2)`);
    await tx.update(organization).set({ lastVerifiedAt: staleBefore }).where(eq(organization.id, organizationIds.get("lapin-kesayliopisto")!));

    const groupIds = await loadDemoGovernance(tx, organizationIds, contactPractitioners);
    await loadDemoFeedback(tx);
    await loadDemoContentPages(tx, caller);
    await loadDemoPlanning(tx, organizationIds);
    await loadDemoMeetings(tx);

    const grant = (g: Partial<RoleGrant> & Pick<RoleGrant, "role">): RoleGrant => ({
      regionCode: null,
      organizationId: null,
      practitionerId: null,
      ...g,
    });
    const accounts = [
      { email: "admin@elo.example", name: "Ylläpitäjä (demo)", grants: [grant({ role: "admin" })] },
      { email: "koordinaattori.lappi@elo.example", name: "Lapin koordinaattori (demo)", grants: [grant({ role: "coordinator", regionCode: "maakunta_19" })] },
      { email: "koordinaattori.kainuu@elo.example", name: "Kainuun koordinaattori (demo)", grants: [grant({ role: "coordinator", regionCode: "maakunta_18" })] },
      {
        email: "yhdyshenkilo.kao@elo.example",
        name: "Kainuun ammattiopiston yhdyshenkilö (demo)",
        grants: [grant({ role: "contact_person", organizationId: organizationIds.get("kao") })],
      },
      {
        email: "ohjaaja@elo.example",
        name: "Ohjaaja (demo)",
        grants: [grant({ role: "practitioner", practitionerId: contactPractitioners.get("ohjaamo-kainuu") })],
      },
    ];
    const accountIds = new Map<string, string>();
    for (const account of accounts) accountIds.set(account.email, await createAccount({ ...account, password: demoPassword }, { id: null, name: "Elo demo data" }, tx));
    await loadDemoDocuments(tx, groupIds, { id: accountIds.get("ohjaaja@elo.example")!, name: "Ohjaaja (demo)" }, [accountIds.get("yhdyshenkilo.kao@elo.example")!]);
    console.log(`Demo data: ${demoOrganizations.length} organisations, ${practitionerCount} practitioners.`);
  });
}
