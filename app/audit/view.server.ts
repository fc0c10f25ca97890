import { formatDateTime } from "../kit/format";
import type { MessageKey } from "../kit/i18n/catalogue";
import type { Language } from "../kit/i18n/languages";
import type { AuditRow } from "./queries.server";
import { entityNames, fieldLabelKey } from "./vocabulary.server";

/** One field change as people read it: its label's key when its feature gave one, else the raw field name. */
export interface ShownChange {
  field: string;
  label?: MessageKey;
  old: string;
  new: string;
}

export interface ShownAuditRow {
  id: number;
  at: string;
  actorLabel: string;
  entityType: string;
  entityId: string;
  entityName: string | null;
  action: string;
  changes: ShownChange[];
}

const isoInstant = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

/** A recorded value as short text: localized texts in the reader's language, lists joined. */
export function showValue(value: unknown, lang: Language): string {
  if (value === null || value === undefined || value === "") return "";
  // An instant recorded as ISO text is shown in Finnish time, as the event's own time is.
  if (typeof value === "string" && isoInstant.test(value)) return formatDateTime(value, lang);
  if (typeof value === "string") return value.length > 300 ? `${value.slice(0, 300)}…` : value;
  if (Array.isArray(value)) return value.map((item) => showValue(item, lang)).join(", ");
  if (typeof value === "object") {
    const text = value as Record<string, unknown>;
    const localized = text[lang] ?? text.fi;
    if (typeof localized === "string" && Object.keys(text).every((key) => ["fi", "sv", "en", "se", "ru"].includes(key))) return localized;
  }
  const json = JSON.stringify(value);
  return json.length > 300 ? `${json.slice(0, 300)}…` : json;
}

/** A page of events for people: names resolved in one batch per entity type, fields labelled. */
export async function showAuditRows(rows: AuditRow[], lang: Language): Promise<ShownAuditRow[]> {
  const names = await entityNames(rows, lang);
  return rows.map((row) => ({
    id: row.id,
    at: row.at.toISOString(),
    actorLabel: row.actorLabel,
    entityType: row.entityType,
    entityId: row.entityId,
    entityName: names.get(`${row.entityType}:${row.entityId}`) ?? null,
    action: row.action,
    changes: Object.entries(row.changes).map(([field, change]) => ({
      field,
      label: fieldLabelKey(row.entityType, field),
      old: showValue(change.old, lang),
      new: showValue(change.new, lang),
    })),
  }));
}
