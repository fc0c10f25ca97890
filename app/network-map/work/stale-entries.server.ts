import { sql } from "drizzle-orm";
import { monthsBefore } from "../../kit/dates/calendar";
import { db } from "../../kit/db/db.server";
import type { LocalizedText } from "../../kit/i18n/localized";
import type { VerifiableKind } from "../commands/verify-entry.server";

export interface StaleEntry {
  kind: VerifiableKind;
  id: string;
  name: LocalizedText;
  organizationId: string;
  organizationName: LocalizedText;
  lastVerifiedAt: Date;
}

/** Entries count as stale when nobody has confirmed them for this long (DOMAIN: yearly check). */
export const staleAfterMonths = 12;

/**
 * Organisations, service points, services and practitioners of the given regions' networks whose
 * last verification is older than the cut-off, oldest first. `regionCodes: "all"` is the admin's view.
 */
export async function findStaleEntries(options: { regionCodes: string[] | "all"; now?: Date; limit?: number }): Promise<StaleEntry[]> {
  if (options.regionCodes !== "all" && options.regionCodes.length === 0) return [];
  const cutoff = monthsBefore(options.now ?? new Date(), staleAfterMonths);
  const inScope =
    options.regionCodes === "all"
      ? sql`true`
      : sql`exists (select 1 from network_membership m where m.organization_id = o.id and m.region_code = any(${sql.param(options.regionCodes)}::text[]))`;
  const { rows } = await db().execute<{
    kind: VerifiableKind;
    id: string;
    name: LocalizedText;
    organization_id: string;
    organization_name: LocalizedText;
    last_verified_at: Date | string;
  }>(sql`
    with scoped as (select o.id, o.name from organization o where ${inScope})
    select 'organization' as kind, o.id, o.name, o.id as organization_id, o.name as organization_name, o.last_verified_at
      from organization o join scoped s on s.id = o.id
      where o.last_verified_at < ${cutoff}
    union all
    select 'service_point', p.id, p.name, s.id, s.name, p.last_verified_at
      from service_point p join scoped s on s.id = p.organization_id
      where p.last_verified_at < ${cutoff}
    union all
    select 'service', v.id, v.name, s.id, s.name, v.last_verified_at
      from service v join scoped s on s.id = v.organization_id
      where v.last_verified_at < ${cutoff}
    union all
    select 'practitioner', r.id, jsonb_build_object('fi', r.given_name || ' ' || r.family_name), s.id, s.name, r.last_verified_at
      from practitioner r join scoped s on s.id = r.organization_id
      where r.last_verified_at < ${cutoff}
    order by last_verified_at, kind, id
    limit ${options.limit ?? 1000}
  `);
  return rows.map((r) => ({
    kind: r.kind,
    id: r.id,
    name: r.name,
    organizationId: r.organization_id,
    organizationName: r.organization_name,
    lastVerifiedAt: new Date(r.last_verified_at),
  }));
}
