import { auditEntityTypes } from "./entity-types";

/** The audit trail's filter as its form and its CSV link carry it in the address. */
export interface AuditFilterParams {
  entityType: string;
  entityId: string;
  actor: string;
  from: string;
  to: string;
}

const isoDay = /^\d{4}-\d{2}-\d{2}$/;
const day = (value: string | null) => {
  const text = (value ?? "").trim();
  return isoDay.test(text) && !Number.isNaN(Date.parse(`${text}T00:00:00Z`)) ? text : "";
};

/**
 * Reads the filter from the address. Unknown types, bad dates and overlong text filter nothing out
 * rather than fail: the filter is a convenience.
 */
export function parseAuditFilter(search: URLSearchParams): AuditFilterParams {
  const typeParam = search.get("entityType") ?? "";
  return {
    entityType: (auditEntityTypes as readonly string[]).includes(typeParam) ? typeParam : "",
    entityId: (search.get("entityId") ?? "").trim().slice(0, 100),
    actor: (search.get("actor") ?? "").trim().slice(0, 100),
    from: day(search.get("from")),
    to: day(search.get("to")),
  };
}

/** The filter as query parameters, without the empty ones. */
export const auditFilterQuery = (filter: AuditFilterParams) => new URLSearchParams(Object.entries(filter).filter(([, value]) => value !== "")).toString();
