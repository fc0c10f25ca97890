import { eq } from "drizzle-orm";
import type { CurrentUser } from "../../kit/permissions/roles";
import { isValidBusinessId } from "../../kit/validation/business-id";
import { InvalidInput } from "../../kit/validation/errors";
import type { MessageKey } from "../../kit/i18n/catalogue";
import { createOrganization, updateOrganization } from "../commands/organization.server";
import { createPractitioner, updatePractitioner } from "../commands/practitioner.server";
import { createService, createServices, updateService } from "../commands/service.server";
import type { Transaction } from "../../kit/db/db.server";
import { organization, serviceChannel } from "../schema.server";
import { cell, columns, organizationFromRecord, practitionerFromRecord, serviceFromRecord, type CsvRecord, type ExchangeKind } from "./columns";
import {
  checkColumns,
  importFile,
  newRowsTogether,
  rowByRow,
  type ImportResult,
  type ImportSpec,
  type ReportIssue,
  type RowOutcome,
  type SavedRow,
} from "./import-file.server";
import { codeListOfColumn } from "./code-list-columns";
import { identifyRows, markImported, unchanged } from "./stable-keys.server";
import { currentRecord } from "./export.server";
import { isUuid } from "../../kit/validation/uuid";

export type { ImportResult, ReportIssue, RowReport } from "./import-file.server";

/** Problems with the header of a file of one kind: unknown, duplicate or missing columns. */
export const checkHeader = (kind: ExchangeKind, header: string[]): ReportIssue[] => checkColumns(columns[kind], header);

/**
 * Imports a CSV file of one kind of entry, all or nothing (rows with an `id` update that entry): every row goes through the same
 * command as a form would (permissions, validation, audit trail, search index); see importFile.
 */
export function importCsv(caller: CurrentUser, kind: ExchangeKind, bytes: Uint8Array, signal?: AbortSignal): Promise<ImportResult> {
  return importFile(bytes, importSpec(caller, kind), signal);
}

export function importSpec(caller: CurrentUser, kind: ExchangeKind): ImportSpec {
  const resolve = organizationResolver();
  // Across the batches of one file: each organisation's external ids seen so far.
  const seenExternalIds = new Set<string>();
  const repeatsExternalId = (record: CsvRecord) => {
    const externalId = cell(record, "external_id");
    if (!externalId || kind === "organizations") return false;
    const key = `${cell(record, "organization")}\u0000${externalId}`;
    if (seenExternalIds.has(key)) return true;
    seenExternalIds.add(key);
    return false;
  };
  const oneRow = (tx: Transaction, record: CsvRecord) => importRow(tx, caller, kind, record, resolve);
  // New services are created together (few statements for a whole batch); organisations may
  // depend on each other within a file (a Y-tunnus taken by an earlier row), and stay row by row.
  const importRows: ImportSpec["importRows"] =
    kind === "services"
      ? newRowsTogether({
          toInput: async (tx, record) => ({
            input: serviceFromRecord(record, await resolve(tx, cell(record, "organization"))),
            externalId: cell(record, "external_id"),
          }),
          createMany: async (tx, rows) => {
            const outcomes = await createServices(
              caller,
              rows.map((row) => row.input),
              tx,
            );
            await markImported(
              tx,
              kind,
              outcomes.flatMap((outcome, i) => (outcome.ok ? [{ id: outcome.id, externalId: rows[i].externalId }] : [])),
            );
            return outcomes;
          },
          importRow: oneRow,
        })
      : rowByRow(oneRow);
  return {
    columns: columns[kind],
    // Rows that name an existing entry by a stable key update it rather than add it again.
    importRows: async (tx, records) => {
      const identified = await identifyRows(tx, kind, records, resolve);
      // A file that gives two rows one external id would break the id's uniqueness: the later row is refused.
      const repeated = identified.flatMap((record, i) => (repeatsExternalId(record) ? [i] : []));
      if (repeated.length === 0) return importRows(tx, identified);
      const rest = identified.flatMap((record, i) => (repeated.includes(i) ? [] : [i]));
      const outcomes = await importRows(
        tx,
        rest.map((i) => identified[i]),
      );
      const all: RowOutcome[] = identified.map((record) => ({
        error: new InvalidInput([{ path: "external_id", key: "exchange.repeatedExternalId", values: { value: cell(record, "external_id") } }]),
      }));
      rest.forEach((i, n) => (all[i] = outcomes[n]));
      return all;
    },
    notAllowedColumn: () => (kind === "organizations" ? "region_codes" : "organization"),
    codeListOf: (column) => (Object.hasOwn(codeListOfColumn, column) ? codeListOfColumn[column] : undefined),
  };
}

/**
 * Creates the row's entry, or updates the entry named in its `id` column (filled in by identifyRows
 * for rows that name it otherwise). An update starts from the entry as it is, so columns left out of
 * the file keep their values; a row that would change nothing writes nothing.
 */
async function importRow(
  tx: Transaction,
  caller: CurrentUser,
  kind: ExchangeKind,
  record: CsvRecord,
  resolveOrganization: OrganizationResolver,
): Promise<SavedRow> {
  const id = cell(record, "id");
  const externalId = cell(record, "external_id");
  if (!id) {
    let created: string;
    if (kind === "organizations") created = await createOrganization(caller, organizationFromRecord(record), tx);
    else {
      const organizationId = await resolveOrganization(tx, cell(record, "organization"));
      if (kind === "services") created = await createService(caller, serviceFromRecord(record, organizationId), tx);
      else created = await createPractitioner(caller, practitionerFromRecord(record, organizationId), tx);
    }
    await markImported(tx, kind, [{ id: created, externalId }]);
    return "created";
  }
  if (!isUuid(id)) throw new InvalidInput([{ path: "id", key: "validation.uuid" }]);
  const existing = await currentRecord(tx, kind, id);
  if (!existing) throw new InvalidInput([{ path: "id", key: "exchange.unknownId", values: { value: id } }]);
  const merged = { ...existing, ...record };
  const organizationId = kind === "organizations" ? id : await resolveOrganization(tx, cell(merged, "organization"));
  if (unchanged(kind, existing, merged, organizationId)) return "unchanged";
  if (kind === "organizations") await updateOrganization(caller, id, organizationFromRecord(merged), tx);
  else if (kind === "practitioners") await updatePractitioner(caller, id, practitionerFromRecord(merged, organizationId), tx);
  else {
    const input = serviceFromRecord(merged, organizationId);
    // The file carries channel codes only: keep the contact details of unchanged channels.
    if (merged.channels === existing.channels)
      input.channels = (await tx.select().from(serviceChannel).where(eq(serviceChannel.serviceId, id))).map((c) => ({
        channel: c.channel as never,
        contact: c.contact ?? undefined,
        hours: c.hours,
        servicePointId: c.servicePointId ?? undefined,
      }));
    await updateService(caller, id, input, tx);
  }
  await markImported(tx, kind, [{ id, externalId }]);
  return "updated";
}

export type OrganizationResolver = (tx: Transaction, reference: string) => Promise<string>;

/**
 * resolveOrganization for one import: a reference found once is not looked up again (the rows of a
 * file mostly name the same organisation; one query per row fewer). Refused references are looked
 * up again, so every bad row gets its message.
 */
export function organizationResolver(): OrganizationResolver {
  const found = new Map<string, string>();
  return async (tx, reference) => {
    const known = found.get(reference);
    if (known) return known;
    const id = await resolveOrganization(tx, reference);
    found.set(reference, id);
    return id;
  };
}

/** The organisation of a row (service, practitioner, offering), by its id or its Y-tunnus. */
async function resolveOrganization(tx: Transaction, reference: string): Promise<string> {
  const fail = (key: MessageKey): never => {
    throw new InvalidInput([{ path: "organizationId", key, values: { value: reference } }]);
  };
  if (!reference) return fail("validation.required");
  if (isUuid(reference)) {
    const found = await tx.select({ id: organization.id }).from(organization).where(eq(organization.id, reference));
    return found.length ? found[0].id : fail("exchange.unknownOrganization");
  }
  if (!isValidBusinessId(reference)) return fail("exchange.organizationReference");
  const found = await tx.select({ id: organization.id }).from(organization).where(eq(organization.businessId, reference));
  if (found.length > 1) return fail("exchange.ambiguousOrganization");
  return found.length ? found[0].id : fail("exchange.unknownOrganization");
}
