import { asc, eq, inArray } from "drizzle-orm";
import { db } from "../../kit/db/db.server";
import { contactOrganizations, coordinatedRegions, type CurrentUser } from "../../kit/permissions/roles";
import { networkMembership, organization } from "../schema.server";
import { columns, type CsvRecord, type ExchangeKind } from "./columns";

/** The organisation a user's templates are filled for: their own, else the first of the networks they coordinate. */
async function ownOrganization(user: CurrentUser) {
  const own = contactOrganizations(user);
  const regions = coordinatedRegions(user);
  const where = own.length
    ? inArray(organization.id, own)
    : regions.length
      ? inArray(
          organization.id,
          db().select({ id: networkMembership.organizationId }).from(networkMembership).where(inArray(networkMembership.regionCode, regions)),
        )
      : undefined;
  if (!where) return null;
  const [found] = await db()
    .select({ id: organization.id, name: organization.name, businessId: organization.businessId, type: organization.type })
    .from(organization)
    .where(where)
    .orderBy(asc(organization.createdAt), asc(organization.id))
    .limit(1);
  return found ?? null;
}

/**
 * The example row of a kind's template, filled for the user's own organisation (issue 13): a row
 * that names another organisation would fail for everyone but that organisation's staff. The
 * organisation is named by its Y-tunnus, else by its id; a user with none gets the row without it.
 */
export async function templateRow(user: CurrentUser, kind: ExchangeKind): Promise<CsvRecord> {
  const example: CsvRecord = Object.fromEntries(columns[kind].map((c) => [c.name, c.example]));
  const own = await ownOrganization(user);
  if (kind === "organizations") {
    if (!own) return example;
    const [regions] = await db()
      .select({ code: networkMembership.regionCode })
      .from(networkMembership)
      .where(eq(networkMembership.organizationId, own.id))
      .limit(1);
    return {
      ...example,
      id: own.id,
      name_fi: own.name.fi ?? "",
      name_sv: own.name.sv ?? "",
      name_en: own.name.en ?? "",
      type: own.type,
      business_id: own.businessId ?? "",
      region_codes: regions?.code ?? example.region_codes,
    };
  }
  return { ...example, external_id: kind === "services" ? "PALVELU-1" : "HENKILO-1", organization: own ? (own.businessId ?? own.id) : "" };
}
