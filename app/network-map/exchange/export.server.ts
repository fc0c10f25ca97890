import { asc, eq, inArray, or, sql, type SQL } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import ExcelJS from "exceljs";
import { contactOrganizations, coordinatedRegions, isAdmin, isNetworkMember, type CurrentUser } from "../../kit/permissions/roles";
import { db } from "../../kit/db/db.server";
import { translator } from "../../kit/i18n/catalogue";
import type { Language } from "../../kit/i18n/languages";
import { region } from "~/reference/public.server";
import type { Executor } from "../search-index.server";
import { networkMembership, organization, practitioner, service } from "../schema.server";
import { columnNames, columns, organizationToRecord, practitionerToRecord, serviceToRecord, type Column, type CsvRecord, type ExchangeKind } from "./columns";
import { writeCsv } from "./csv";

/**
 * What an export contains. Everything in the network map is public except the practitioner
 * fields shared with the network only, so anyone may export a region; without a region, a user
 * gets what they maintain (an admin everything). See docs/decisions/0040-csv-import-and-export.md.
 */
export type ExportScope = { kind: "all" } | { kind: "region"; regionCode: string } | { kind: "managed"; regionCodes: string[]; organizationIds: string[] };

/** The scope of an export, or null when the user maintains nothing and chose no region. */
export function exportScope(user: CurrentUser | null, regionCode: string | null): ExportScope | null {
  if (regionCode) return { kind: "region", regionCode };
  if (isAdmin(user)) return { kind: "all" };
  const regionCodes = coordinatedRegions(user);
  const organizationIds = contactOrganizations(user);
  if (regionCodes.length === 0 && organizationIds.length === 0) return null;
  return { kind: "managed", regionCodes, organizationIds };
}

export async function regionExists(code: string): Promise<boolean> {
  if (!/^maakunta_\d{2}$/.test(code)) return false;
  return (await db().select({ code: region.code }).from(region).where(eq(region.code, code))).length > 0;
}

function inScope(organizationIdColumn: AnyPgColumn, scope: ExportScope): SQL | undefined {
  const membersOf = (regionCodes: string[]) =>
    inArray(
      organizationIdColumn,
      db().select({ id: networkMembership.organizationId }).from(networkMembership).where(inArray(networkMembership.regionCode, regionCodes)),
    );
  if (scope.kind === "all") return undefined;
  if (scope.kind === "region") return membersOf([scope.regionCode]);
  const conditions = [
    scope.regionCodes.length ? membersOf(scope.regionCodes) : undefined,
    scope.organizationIds.length ? inArray(organizationIdColumn, scope.organizationIds) : undefined,
  ].filter((c): c is SQL => !!c);
  return or(...conditions);
}

const textArray = (query: SQL) => sql<string[]>`coalesce((${query}), '{}'::text[])`;

/** The rows of an export, as CSV records with the import's column names. */
export function exportRecords(viewer: CurrentUser | null, kind: ExchangeKind, scope: ExportScope): Promise<CsvRecord[]> {
  return selectRecords(db(), kind, (_, organizationId) => inScope(organizationId, scope), isNetworkMember(viewer));
}

/** One entry as a CSV record with every field, for an import row that updates it; null if there is none. */
export async function currentRecord(executor: Executor, kind: ExchangeKind, id: string): Promise<CsvRecord | null> {
  const [record] = await selectRecords(executor, kind, (idColumn) => eq(idColumn, id), true);
  return record ?? null;
}

async function selectRecords(
  executor: Executor,
  kind: ExchangeKind,
  where: (idColumn: AnyPgColumn, organizationIdColumn: AnyPgColumn) => SQL | undefined,
  networkMember: boolean,
): Promise<CsvRecord[]> {
  if (kind === "organizations") {
    const rows = await executor
      .select({
        id: organization.id,
        name: organization.name,
        description: organization.description,
        type: organization.type,
        businessId: organization.businessId,
        website: organization.website,
        email: organization.email,
        phone: organization.phone,
        parentId: organization.parentId,
        regionCodes: textArray(
          sql`select array_agg(m.region_code order by m.region_code) from ${networkMembership} m where m.organization_id = ${organization.id}`,
        ),
      })
      .from(organization)
      .where(where(organization.id, organization.id))
      .orderBy(sql`${organization.name}->>'fi'`, asc(organization.id));
    return rows.map(organizationToRecord);
  }
  if (kind === "services") {
    const rows = await executor
      .select({
        id: service.id,
        externalId: service.externalId,
        organizationId: service.organizationId,
        name: service.name,
        description: service.description,
        targetGroups: service.targetGroups,
        topics: service.topics,
        languages: service.languages,
        areaMunicipalities: service.areaMunicipalities,
        cost: service.cost,
        costDescription: service.costDescription,
        status: service.status,
        website: service.website,
        email: service.email,
        channels: textArray(sql`select array_agg(c.channel order by c.channel) from service_channel c where c.service_id = ${service.id}`),
        servicePointIds: textArray(
          sql`select array_agg(l.service_point_id::text order by l.service_point_id) from service_at_location l where l.service_id = ${service.id}`,
        ),
      })
      .from(service)
      .where(where(service.id, service.organizationId))
      .orderBy(sql`${service.name}->>'fi'`, asc(service.id));
    return rows.map((r) => serviceToRecord({ ...r, name: r.name }));
  }
  const rows = await executor
    .select({
      id: practitioner.id,
      externalId: practitioner.externalId,
      organizationId: practitioner.organizationId,
      givenName: practitioner.givenName,
      familyName: practitioner.familyName,
      title: practitioner.title,
      email: practitioner.email,
      phone: practitioner.phone,
      competenceAreas: practitioner.competenceAreas,
      languages: practitioner.languages,
      visibility: practitioner.visibility,
      isContactPerson: practitioner.isContactPerson,
      serviceIds: textArray(
        sql`select array_agg(ps.service_id::text order by ps.service_id) from practitioner_service ps where ps.practitioner_id = ${practitioner.id}`,
      ),
      servicePointIds: textArray(
        sql`select array_agg(pp.service_point_id::text order by pp.service_point_id) from practitioner_service_point pp where pp.practitioner_id = ${practitioner.id}`,
      ),
    })
    .from(practitioner)
    .where(where(practitioner.id, practitioner.organizationId))
    .orderBy(asc(practitioner.familyName), asc(practitioner.givenName), asc(practitioner.id));
  return rows.map((r) => practitionerToRecord(r, networkMember));
}

export function exportCsv(kind: ExchangeKind, records: CsvRecord[]): string {
  return writeCsv(columnNames(kind), records);
}

/** A workbook with one sheet of one kind of entry; see writeXlsx. */
export function exportXlsx(kind: ExchangeKind, records: CsvRecord[], lang: Language): Promise<Uint8Array<ArrayBuffer>> {
  return writeXlsx(translator(lang)(`exchange.kind.${kind}`), columns[kind], records, lang);
}

/** A workbook with one sheet whose headers are in the user's language; each header's note gives the CSV column name. */
export async function writeXlsx(sheetName: string, sheetColumns: Column[], records: CsvRecord[], lang: Language): Promise<Uint8Array<ArrayBuffer>> {
  const t = translator(lang);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = t("site.name");
  const sheet = workbook.addWorksheet(sheetName);
  sheet.columns = sheetColumns.map((c) => ({
    header: c.lang ? `${t(c.label)} (${t(`exchange.inLanguage.${c.lang}`)})` : t(c.label),
    key: c.name,
    width: c.name === "id" || c.name.endsWith("_ids") || c.name === "organization" ? 38 : 24,
  }));
  sheet.addRows(records);
  const header = sheet.getRow(1);
  header.font = { bold: true };
  sheetColumns.forEach((c, i) => {
    header.getCell(i + 1).note = c.name;
  });
  sheet.views = [{ state: "frozen", ySplit: 1 }];
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
