import { asc, eq, inArray, sql } from "drizzle-orm";
import { contactOrganizations, coordinatedRegions, isAdmin, type CurrentUser } from "../../kit/permissions/roles";
import { db } from "../../kit/db/db.server";
import { networkMembership, organization } from "~/network-map/public.server";
import type { LocalizedText } from "../code-lists";
import type { OfferingInput } from "../inputs";
import { offering } from "../schema.server";

const byFinnishName = (column: unknown) => sql`${column}->>'fi' collate "fi-FI-x-icu"`;

export interface OrganizationOfferings {
  id: string;
  name: LocalizedText;
  offerings: { id: string; name: LocalizedText; startDate: string | null; personalStart: boolean }[];
}

/**
 * The organisations whose offerings the user keeps, with their offerings, in Finnish name order:
 * a contact person's organisations, a coordinator's network members, for an admin every member.
 */
export async function offeringsToKeep(user: CurrentUser): Promise<OrganizationOfferings[]> {
  const regions = coordinatedRegions(user);
  const contacts = contactOrganizations(user);
  const admin = isAdmin(user);
  if (!admin && regions.length === 0 && contacts.length === 0) return [];
  const members =
    admin || regions.length > 0
      ? db()
          .selectDistinct({ id: networkMembership.organizationId })
          .from(networkMembership)
          .where(admin ? sql`true` : inArray(networkMembership.regionCode, regions))
      : null;
  const orgs = await db()
    .select({ id: organization.id, name: organization.name })
    .from(organization)
    .where(
      members && contacts.length
        ? sql`${organization.id} in (${members}) or ${inArray(organization.id, contacts)}`
        : members
          ? inArray(organization.id, members)
          : inArray(organization.id, contacts),
    )
    .orderBy(byFinnishName(organization.name), asc(organization.id));
  if (orgs.length === 0) return [];
  const rows = await db()
    .select({
      id: offering.id,
      organizationId: offering.organizationId,
      name: offering.name,
      startDate: offering.startDate,
      personalStart: offering.personalStart,
    })
    .from(offering)
    .where(
      inArray(
        offering.organizationId,
        orgs.map((o) => o.id),
      ),
    )
    .orderBy(byFinnishName(offering.name), asc(offering.id));
  return orgs.map((o) => ({ ...o, offerings: rows.filter((r) => r.organizationId === o.id) }));
}

/** An offering as the form's values. */
export async function loadOffering(id: string): Promise<{ id: string; name: LocalizedText; version: number; values: OfferingInput } | null> {
  const [row] = await db().select().from(offering).where(eq(offering.id, id));
  if (!row) return null;
  return {
    id: row.id,
    name: row.name,
    version: row.version,
    values: {
      organizationId: row.organizationId,
      name: row.name,
      description: row.description,
      educationType: row.educationType as OfferingInput["educationType"],
      fieldCode: row.fieldCode,
      teachingLanguages: row.teachingLanguages as OfferingInput["teachingLanguages"],
      teachingMethod: row.teachingMethod as OfferingInput["teachingMethod"],
      municipalityCode: row.municipalityCode,
      startDate: row.startDate ?? undefined,
      personalStart: row.personalStart,
      durationValue: row.durationValue ?? undefined,
      durationUnit: (row.durationUnit ?? undefined) as OfferingInput["durationUnit"],
      price: row.price,
      costDescription: row.costDescription,
      applicationStart: row.applicationStart ?? undefined,
      applicationEnd: row.applicationEnd ?? undefined,
      fundingForms: row.fundingForms as OfferingInput["fundingForms"],
      targetGroups: row.targetGroups as OfferingInput["targetGroups"],
      website: row.website ?? undefined,
      applicationUrl: row.applicationUrl ?? undefined,
    },
  };
}
