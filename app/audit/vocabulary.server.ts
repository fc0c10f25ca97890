import type { MessageKey } from "../kit/i18n/catalogue";
import type { Language } from "../kit/i18n/languages";
import type { LocalizedText } from "../kit/i18n/localized";
import type { FieldChange } from "./schema.server";

/**
 * What a feature tells the audit trail about its entity types, so that people read it (issue 13):
 * the message key of each recorded field's label, and a batch look-up of the entities' names. The
 * shell registers the features' vocabularies at start-up; audit never imports a feature.
 */
export interface AuditVocabulary {
  entityType: string;
  /** Label of each field as recorded in `changes` (camelCase), by message key. */
  fields?: Partial<Record<string, MessageKey>>;
  /** The names of existing entities of the type, in one query for a page of events. */
  names?: (ids: string[]) => Promise<Map<string, LocalizedText | string>>;
}

const vocabularies = new Map<string, AuditVocabulary>();

export function describeAuditEntities(...described: AuditVocabulary[]): void {
  for (const vocabulary of described) vocabularies.set(vocabulary.entityType, vocabulary);
}

/** Fields every kind of record has, labelled by the audit trail itself. */
const commonFields: Partial<Record<string, MessageKey>> = {
  id: "audit.field.id",
  createdAt: "audit.field.createdAt",
  updatedAt: "audit.field.updatedAt",
  lastVerifiedAt: "audit.field.lastVerifiedAt",
  version: "audit.field.version",
};

/** The label key of a recorded field: its feature's, else the audit trail's own for common fields. */
export const fieldLabelKey = (entityType: string, field: string): MessageKey | undefined =>
  vocabularies.get(entityType)?.fields?.[field] ?? (Object.hasOwn(commonFields, field) ? commonFields[field] : undefined);

const nameIn = (name: LocalizedText | string | undefined, lang: Language): string | undefined =>
  typeof name === "string" ? name || undefined : name ? name[lang] || name.fi || name.sv || name.en || undefined : undefined;

/** A name the events themselves recorded (a deleted entity has no row to look up). */
function recordedName(changes: Record<string, FieldChange>, lang: Language): string | undefined {
  const value = (field: string) => changes[field]?.new ?? changes[field]?.old;
  const name = value("name");
  if (name && (typeof name === "string" || typeof name === "object")) return nameIn(name, lang);
  const given = value("givenName");
  const family = value("familyName");
  if (typeof given === "string" || typeof family === "string") return [given, family].filter((part) => typeof part === "string").join(" ") || undefined;
  const title = value("title");
  return typeof title === "string" ? title || undefined : undefined;
}

/**
 * The names of the entities of a page of events in the reader's language, by `type:id`: looked up in
 * one query per entity type, else taken from what the events recorded; absent when neither knows.
 */
export async function entityNames(
  events: { entityType: string; entityId: string; changes: Record<string, FieldChange> }[],
  lang: Language,
): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  const idsByType = new Map<string, Set<string>>();
  for (const event of events) idsByType.set(event.entityType, (idsByType.get(event.entityType) ?? new Set()).add(event.entityId));
  await Promise.all(
    [...idsByType].map(async ([entityType, ids]) => {
      const lookup = vocabularies.get(entityType)?.names;
      if (!lookup) return;
      for (const [id, name] of await lookup([...ids])) {
        const shown = nameIn(name, lang);
        if (shown) names.set(`${entityType}:${id}`, shown);
      }
    }),
  );
  for (const event of events) {
    const key = `${event.entityType}:${event.entityId}`;
    if (names.has(key)) continue;
    const recorded = recordedName(event.changes, lang);
    if (recorded) names.set(key, recorded);
  }
  return names;
}
