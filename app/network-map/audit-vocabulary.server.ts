import { inArray, sql } from "drizzle-orm";
import type { AuditVocabulary } from "~/audit/public.server";
import { db } from "../kit/db/db.server";
import type { MessageKey } from "../kit/i18n/catalogue";
import type { LocalizedText } from "../kit/i18n/localized";
import { isUuid } from "../kit/validation/uuid";
import { organization, practitioner, service, servicePoint } from "./schema.server";

/** The network map's words for the audit trail (issue 13): its fields' labels and its entries' names. */

const label = (column: string) => `exchange.column.${column}` as MessageKey;

const shared = {
  organizationId: label("organization"),
  name: label("name"),
  description: label("description"),
  website: label("website"),
  email: label("email"),
  phone: label("phone"),
  languages: label("languages"),
  servicePointIds: label("servicePointIds"),
  externalId: label("externalId"),
  importedAt: "imported.col.importedAt" as MessageKey,
};

type Named = typeof organization | typeof service | typeof servicePoint;

/** Names of one table's rows by id, in one query; ids that are not uuids (never stored) are left out. */
const namesOf = (table: Named) => async (ids: string[]) => {
  const wanted = ids.filter(isUuid);
  if (wanted.length === 0) return new Map<string, LocalizedText>();
  const rows = await db().select({ id: table.id, name: table.name }).from(table).where(inArray(table.id, wanted));
  return new Map(rows.map((r) => [r.id, r.name]));
};

export const networkMapAuditVocabulary: AuditVocabulary[] = [
  {
    entityType: "organization",
    fields: {
      ...shared,
      type: label("type"),
      businessId: label("businessId"),
      parentId: label("parentId"),
      regionCodes: label("regionCodes"),
    },
    names: namesOf(organization),
  },
  {
    entityType: "service",
    fields: {
      ...shared,
      targetGroups: label("targetGroups"),
      topics: label("topics"),
      areaMunicipalities: label("areaMunicipalities"),
      cost: label("cost"),
      costDescription: label("costDescription"),
      status: label("status"),
      channels: label("channels"),
    },
    names: namesOf(service),
  },
  { entityType: "service_point", fields: shared, names: namesOf(servicePoint) },
  {
    entityType: "practitioner",
    fields: {
      ...shared,
      givenName: label("givenName"),
      familyName: label("familyName"),
      title: label("title"),
      competenceAreas: label("competenceAreas"),
      isContactPerson: label("isContactPerson"),
      serviceIds: label("serviceIds"),
    },
    names: async (ids) => {
      const wanted = ids.filter(isUuid);
      if (wanted.length === 0) return new Map<string, string>();
      const rows = await db()
        .select({ id: practitioner.id, name: sql<string>`${practitioner.givenName} || ' ' || ${practitioner.familyName}` })
        .from(practitioner)
        .where(inArray(practitioner.id, wanted));
      return new Map(rows.map((r) => [r.id, r.name]));
    },
  },
];
