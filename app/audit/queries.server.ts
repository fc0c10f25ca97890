import { and, desc, eq, sql, type SQL } from "drizzle-orm";
import { coordinatedRegions, isAdmin, type CurrentUser } from "../kit/permissions/roles";
import { db } from "../kit/db/db.server";
import { PermissionDenied } from "../kit/validation/errors";
import { canReadAuditTrail } from "./permissions";
import { auditEvent, type FieldChange } from "./schema.server";

export const auditPageSize = 50;

export interface AuditFilter {
  entityType?: string;
  entityId?: string;
  /** Part of the actor's name or e-mail address, as recorded. */
  actor?: string;
  /** First and last day of the period (YYYY-MM-DD), as days in Finland. */
  from?: string;
  to?: string;
  page?: number;
}

/** Most events a CSV export holds, newest first; a narrower filter gets the rest. */
export const auditExportLimit = 10_000;

export interface AuditRow {
  id: number;
  at: Date;
  actorLabel: string;
  entityType: string;
  entityId: string;
  action: string;
  changes: Record<string, FieldChange>;
}

/**
 * The events of a coordinator's regions: the member organisations, and their services, service
 * points, practitioners and invitations. Entities that no longer exist are placed by what their
 * own events recorded (the organisation id of a deleted service, the regions of a deleted
 * organisation), so that deletions stay visible to the coordinators who saw the entity. The region's
 * plans are its too; self-assessment answers are not, so that answers stay unattributed there.
 * The region's content pages, groups and their workspace (memberships, removed ones by their
 * recorded group; partnership agreement versions, reminders and acceptances; meetings with their
 * agenda, attendance, minutes, agenda and action items; group documents with their versions), and
 * its organisations' education offerings, are the region's as well; national content pages are the
 * admins' alone. Feedback from the public site is every coordinator's (decision 0130), and so are
 * its answers. Notifications are personal and stay out.
 */
function regionalEntities(regions: string[]): SQL {
  return sql`
    with orgs as (
      select m.organization_id::text as id from network_membership m where m.region_code in ${regions}
      union
      select e.entity_id from audit_event e
      where e.entity_type = 'organization'
        and not exists (select 1 from organization o where o.id::text = e.entity_id)
        and exists (
          select 1 from jsonb_array_elements_text(
            case when jsonb_typeof(e.changes->'regionCodes'->'new') = 'array' then e.changes->'regionCodes'->'new' else '[]'::jsonb end ||
            case when jsonb_typeof(e.changes->'regionCodes'->'old') = 'array' then e.changes->'regionCodes'->'old' else '[]'::jsonb end
          ) r(code) where r.code in ${regions})
    )
    select 'organization' as entity_type, id as entity_id from orgs
    union select 'service', s.id::text from service s where s.organization_id::text in (select id from orgs)
    union select 'service_point', p.id::text from service_point p where p.organization_id::text in (select id from orgs)
    union select 'practitioner', p.id::text from practitioner p where p.organization_id::text in (select id from orgs)
    union select 'invitation', i.id::text from invitation i
      where i.region_code in ${regions} or i.organization_id::text in (select id from orgs)
    union select e.entity_type, e.entity_id from audit_event e
      where e.entity_type in ('service', 'service_point', 'practitioner', 'invitation', 'offering')
        and coalesce(e.changes->'organizationId'->>'new', e.changes->'organizationId'->>'old') in (select id from orgs)
    union select 'offering', o.id::text from offering o where o.organization_id::text in (select id from orgs)
    union select 'content_page', c.id::text from content_page c where c.region_code in ${regions}
    union select 'content_version', v.id::text from content_version v join content_page c on c.id = v.page_id where c.region_code in ${regions}
    union select 'network_group', g.id::text from network_group g where g.region_code in ${regions}
    union select 'group_membership', m.id::text from group_membership m join network_group g on g.id = m.group_id where g.region_code in ${regions}
    union select 'group_document', d.id::text from group_document d join network_group g on g.id = d.group_id where g.region_code in ${regions}
    union select 'document_version', v.id::text from document_version v join group_document d on d.id = v.document_id join network_group g on g.id = d.group_id
      where g.region_code in ${regions}
    union select 'agreement_version', a.id::text from agreement_version a where a.region_code in ${regions}
    union select 'agreement_reminder', a.id::text from agreement_version a where a.region_code in ${regions}
    union select 'agreement_acceptance', id from orgs
    union select e.entity_type, e.entity_id from audit_event e where e.entity_type = 'feedback'
    union select 'action_plan', p.id::text from action_plan p where p.region_code in ${regions}
    union select 'plan_goal', g.id::text from plan_goal g join action_plan p on p.id = g.plan_id where p.region_code in ${regions}
    union select 'plan_action', a.id::text from plan_action a join plan_goal g on g.id = a.goal_id join action_plan p on p.id = g.plan_id where p.region_code in ${regions}
    union select 'communication_item', c.id::text from communication_item c where c.region_code in ${regions}
    union select 'assessment_round', r.id::text from assessment_round r where r.region_code in ${regions}
    union select e.entity_type, e.entity_id from audit_event e
      where e.entity_type = 'communication_item' and coalesce(e.changes->'regionCode'->>'new', e.changes->'regionCode'->>'old') in ${regions}
    union select 'network_group', g.id::text from network_group g where g.region_code in ${regions}
    union select 'group_membership', m.id::text from group_membership m join network_group g on g.id = m.group_id where g.region_code in ${regions}
    union select e.entity_type, e.entity_id from audit_event e join network_group g on g.id::text = coalesce(e.changes->'groupId'->>'new', e.changes->'groupId'->>'old')
      where e.entity_type = 'group_membership' and g.region_code in ${regions}
    union select 'agreement_version', v.id::text from agreement_version v where v.region_code in ${regions}
    union select 'agreement_reminder', v.id::text from agreement_version v where v.region_code in ${regions}
    union select e.entity_type, e.entity_id from audit_event e join agreement_version v on v.id::text = e.changes->'versionId'->>'new'
      where e.entity_type = 'agreement_acceptance' and v.region_code in ${regions}
    union select t.entity_type, mt.id::text from meeting mt join network_group g on g.id = mt.group_id
      cross join (values ('meeting'), ('meeting_agenda'), ('meeting_attendance'), ('meeting_minutes')) t(entity_type)
      where g.region_code in ${regions}
    union select 'agenda_item', a.id::text from agenda_item a join meeting mt on mt.id = a.meeting_id join network_group g on g.id = mt.group_id where g.region_code in ${regions}
    union select 'action_item', x.id::text from action_item x join agenda_item a on a.id = x.agenda_item_id join meeting mt on mt.id = a.meeting_id join network_group g on g.id = mt.group_id where g.region_code in ${regions}
    union select 'group_document', d.id::text from group_document d join network_group g on g.id = d.group_id where g.region_code in ${regions}
    union select 'document_version', dv.id::text from document_version dv join group_document d on d.id = dv.document_id join network_group g on g.id = d.group_id where g.region_code in ${regions}
    union select 'offering', o.id::text from offering o where o.organization_id::text in (select id from orgs)
    union select e.entity_type, e.entity_id from audit_event e
      where e.entity_type = 'offering' and coalesce(e.changes->'organizationId'->>'new', e.changes->'organizationId'->>'old') in (select id from orgs)`;
}

/** One page of the audit trail as the user may see it, newest first. */
export async function listAuditEvents(
  caller: CurrentUser,
  filter: AuditFilter = {},
  pageSize: number = auditPageSize,
): Promise<{ rows: AuditRow[]; total: number }> {
  if (!canReadAuditTrail(caller)) throw new PermissionDenied("read the audit trail");
  const conditions: (SQL | undefined)[] = [];
  if (filter.entityType) conditions.push(eq(auditEvent.entityType, filter.entityType));
  if (filter.entityId) conditions.push(eq(auditEvent.entityId, filter.entityId));
  if (filter.actor) conditions.push(sql`${auditEvent.actorLabel} ilike ${`%${filter.actor.replace(/[\\%_]/g, (c) => `\\${c}`)}%`}`);
  // Days in Finland: the period is the reader's, not UTC's.
  if (filter.from) conditions.push(sql`${auditEvent.at} >= (${filter.from}::date)::timestamp at time zone 'Europe/Helsinki'`);
  if (filter.to) conditions.push(sql`${auditEvent.at} < (${filter.to}::date + 1)::timestamp at time zone 'Europe/Helsinki'`);
  if (!isAdmin(caller)) conditions.push(sql`(${auditEvent.entityType}, ${auditEvent.entityId}) in (${regionalEntities(coordinatedRegions(caller))})`);
  const where = and(...conditions);
  const [{ total }] = await db()
    .select({ total: sql<number>`count(*)::int` })
    .from(auditEvent)
    .where(where);
  const rows = await db()
    .select()
    .from(auditEvent)
    .where(where)
    .orderBy(desc(auditEvent.at), desc(auditEvent.id))
    .limit(pageSize)
    .offset((Math.max(1, filter.page ?? 1) - 1) * pageSize);
  return {
    total,
    rows: rows.map((r) => ({
      id: r.id,
      at: r.at,
      actorLabel: r.actorLabel,
      entityType: r.entityType,
      entityId: r.entityId,
      action: r.action,
      changes: r.changes,
    })),
  };
}
