import { inArray } from "drizzle-orm";
import type { CurrentUser } from "../kit/permissions/roles";
import { competenceAreas, weekdays, type ServiceLanguage } from "../network-map/code-lists";
import { createOrganization } from "../network-map/commands/organization.server";
import { createPractitioner } from "../network-map/commands/practitioner.server";
import { createService } from "../network-map/commands/service.server";
import { createServicePoint } from "../network-map/commands/service-point.server";
import type { Transaction } from "../kit/db/db.server";
import { municipality } from "../reference/schema.server";
import { createDemoAccount, demoAccounts } from "./accounts.server";
import { demoAddresses } from "./addresses";
import { demoOrganizations, type DemoOrganization } from "./organizations";
import { familyNames, givenNames, titles } from "./people";
import type { Random } from "./random";
import { immigrantGuidance, mobileServicePoint, serviceTemplates, type ServiceTemplate } from "./services";

export interface DemoNetwork {
  organizationIds: Map<string, string>;
  /** Each organisation's contact person's practitioner card. */
  contactPractitioners: Map<string, string>;
  practitioners: number;
  /** Who keeps each organisation's entries (and education offerings). */
  keepers: Map<string, CurrentUser>;
  /** Kainuun ammattiopisto's contact person, whose account is created with the organisation. */
  kaoContact: CurrentUser;
}

/**
 * The network map as its people would build it: each region's coordinator adds the region's
 * organisations (the admin adds Kela, which is in both networks) and keeps their service points,
 * services and practitioners, except Kainuun ammattiopisto's, which its contact person keeps.
 */
export async function loadDemoNetworkMap(
  tx: Transaction,
  people: { admin: CurrentUser; coordinators: Record<string, CurrentUser> },
  rng: Random,
): Promise<DemoNetwork> {
  const municipalities = new Map(
    (
      await tx
        .select()
        .from(municipality)
        .where(inArray(municipality.regionCode, ["maakunta_18", "maakunta_19"]))
    ).map((m) => [m.code, m]),
  );
  const regionMunicipalities = (regions: string[]) => [...municipalities.values()].filter((m) => regions.includes(m.regionCode)).map((m) => m.code);
  const organizationIds = new Map<string, string>();
  const contactPractitioners = new Map<string, string>();
  const keepers = new Map<string, CurrentUser>();
  let practitioners = 0;
  let kaoContact: CurrentUser | undefined;

  for (const org of demoOrganizations) {
    const creator = org.regions.length === 1 ? people.coordinators[org.regions[0]] : people.admin;
    const organizationId = await createOrganization(
      creator,
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
    let keeper = creator;
    if (org.key === "kao") {
      kaoContact = await createDemoAccount(tx, demoAccounts.kaoContact, [demoAccounts.kaoContact.grant(organizationId)]);
      keeper = kaoContact;
    }
    keepers.set(org.key, keeper);

    const pointIds: string[] = [];
    for (const home of org.home) {
      const address = demoAddresses[org.key][home];
      const m = municipalities.get(home)!;
      pointIds.push(
        await createServicePoint(
          keeper,
          {
            organizationId,
            name: { fi: `${org.name.fi}, ${m.nameFi}`, sv: `${org.name.sv ?? org.name.fi}, ${m.nameSv}`, en: `${org.name.en ?? org.name.fi}, ${m.nameFi}` },
            streetAddress: address.street,
            postalCode: address.postalCode,
            latitude: address.lat,
            longitude: address.lon,
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

    const serviceIds: string[] = [];
    for (const template of templatesOf(org))
      serviceIds.push(await createService(keeper, serviceInput(org, organizationId, template, pointIds, regionMunicipalities(org.regions), rng), tx));

    const headcount = org.type === "other" || org.type === "company" ? 2 : rng.int(3, 5);
    for (let i = 0; i < headcount; i++) {
      const givenName = rng.pick(givenNames);
      const familyName = rng.pick(familyNames);
      const extraLanguages: ServiceLanguage[] = org.key === "sakk" ? ["se"] : rng.next() < 0.4 ? [rng.pick(["en", "sv", "ru"] as const)] : [];
      const id = await createPractitioner(
        keeper,
        {
          organizationId,
          givenName,
          familyName,
          title:
            i === 0
              ? { fi: "Yhdyshenkilö, koulutussuunnittelija", sv: "Kontaktperson, utbildningsplanerare", en: "Contact person, education planner" }
              : rng.pick(titles),
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
      practitioners++;
    }
  }
  return { organizationIds, contactPractitioners, practitioners, keepers, kaoContact: kaoContact! };
}

function templatesOf(org: DemoOrganization): ServiceTemplate[] {
  const templates = [...(serviceTemplates[org.type] ?? [])];
  if (org.key === "kao") templates.push(mobileServicePoint);
  if (["kajaanin-kansalaisopisto", "rovaniemi-tyollisyys", "ohjaamo-kainuu"].includes(org.key)) templates.push(immigrantGuidance);
  return templates;
}

function serviceInput(org: DemoOrganization, organizationId: string, template: ServiceTemplate, pointIds: string[], region: string[], rng: Random) {
  return {
    organizationId,
    name: template.name,
    description: template.description,
    targetGroups: template.targetGroups,
    topics: template.topics,
    languages: template.languages,
    areaMunicipalities: template.regionWide ? region : org.home,
    cost: template.cost ?? "free",
    costDescription: {},
    status: "active" as const,
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
    servicePointIds: template.channels.includes("in_person") ? pointIds : [],
  };
}
