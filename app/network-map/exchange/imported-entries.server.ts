import { and, desc, inArray, isNotNull, or, sql, type SQL } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import { db } from "../../kit/db/db.server";
import { contactOrganizations, coordinatedRegions, isAdmin, type CurrentUser } from "../../kit/permissions/roles";
import type { LocalizedText } from "../../kit/i18n/localized";
import { isUuid } from "../../kit/validation/uuid";
import { deletePractitioner } from "../commands/practitioner.server";
import { deleteService } from "../commands/service.server";
import { networkMembership, organization, practitioner, service } from "../schema.server";

/**
 * The entries a CSV import created or updated, as a list a user may delete from one by one or in
 * bulk (issue 13). The list shows what the user maintains; each delete goes through the entry's
 * own delete command, which checks the role and writes the audit trail.
 */

export type ImportedKind = "service" | "practitioner";

export interface ImportedEntry {
  kind: ImportedKind;
  id: string;
  name: LocalizedText | string;
  externalId: string | null;
  organizationName: LocalizedText;
  importedAt: Date;
}

/** Most entries the page lists; a larger import is deleted in turns. */
export const importedEntriesShown = 500;

/** The condition on an organisation id column for the organisations the user maintains; undefined for an admin (all). */
function maintained(user: CurrentUser, organizationId: AnyPgColumn): SQL | undefined {
  if (isAdmin(user)) return undefined;
  const own = contactOrganizations(user);
  const regions = coordinatedRegions(user);
  const conditions = [
    own.length ? inArray(organizationId, own) : undefined,
    regions.length
      ? inArray(
          organizationId,
          db().select({ id: networkMembership.organizationId }).from(networkMembership).where(inArray(networkMembership.regionCode, regions)),
        )
      : undefined,
  ].filter((c): c is SQL => !!c);
  return conditions.length ? or(...conditions) : sql`false`;
}

export async function importedEntries(user: CurrentUser): Promise<ImportedEntry[]> {
  const services = await db()
    .select({ id: service.id, name: service.name, externalId: service.externalId, organizationName: organization.name, importedAt: service.importedAt })
    .from(service)
    .innerJoin(organization, sql`${organization.id} = ${service.organizationId}`)
    .where(and(isNotNull(service.importedAt), maintained(user, service.organizationId)))
    .orderBy(desc(service.importedAt), service.id)
    .limit(importedEntriesShown);
  const people = await db()
    .select({
      id: practitioner.id,
      name: sql<string>`${practitioner.givenName} || ' ' || ${practitioner.familyName}`,
      externalId: practitioner.externalId,
      organizationName: organization.name,
      importedAt: practitioner.importedAt,
    })
    .from(practitioner)
    .innerJoin(organization, sql`${organization.id} = ${practitioner.organizationId}`)
    .where(and(isNotNull(practitioner.importedAt), maintained(user, practitioner.organizationId)))
    .orderBy(desc(practitioner.importedAt), practitioner.id)
    .limit(importedEntriesShown);
  return [
    ...services.map((s) => ({ ...s, kind: "service" as const, importedAt: s.importedAt! })),
    ...people.map((p) => ({ ...p, kind: "practitioner" as const, importedAt: p.importedAt! })),
  ];
}

/** A selected entry as the form sends it: `service:<id>` or `practitioner:<id>`; null if it is not one. */
export function parseEntryKey(value: string): { kind: ImportedKind; id: string } | null {
  const [kind, id] = value.split(":");
  return (kind === "service" || kind === "practitioner") && isUuid(id) ? { kind, id } : null;
}

/** Deletes the entries one by one, each with its own role check and audit event; stops at the first refusal. */
export async function deleteImportedEntries(user: CurrentUser, entries: { kind: ImportedKind; id: string }[]): Promise<void> {
  for (const entry of entries) await (entry.kind === "service" ? deleteService(user, entry.id) : deletePractitioner(user, entry.id));
}
