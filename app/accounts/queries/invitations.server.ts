import { asc, desc, eq, inArray, or, sql, type SQL } from "drizzle-orm";
import { db } from "../../kit/db/db.server";
import type { LocalizedText } from "../../kit/i18n/localized";
import { networkMembership, organization, practitioner } from "~/network-map/public.server";
import { region } from "~/reference/public.server";
import { invitableRoles } from "../permissions";
import { contactOrganizations, coordinatedRegions, isAdmin, type CurrentUser, type Role } from "../../kit/permissions/roles";
import { invitation, user } from "../schema.server";

export const invitationsPageSize = 50;

/** Organisations the user may invite people to: all for admins, their networks' for coordinators, their own for contact persons. */
function organizationsInScope(caller: CurrentUser): SQL | undefined | false {
  if (isAdmin(caller)) return undefined;
  const regions = coordinatedRegions(caller);
  const own = contactOrganizations(caller);
  const conditions: SQL[] = [];
  if (regions.length)
    conditions.push(sql`exists (select 1 from ${networkMembership} m where m.organization_id = ${organization.id} and m.region_code in ${regions})`);
  if (own.length) conditions.push(inArray(organization.id, own));
  return conditions.length ? or(...conditions)! : false;
}

export interface InviteOptions {
  roles: Role[];
  regions: { code: string; nameFi: string; nameSv: string }[];
  organizations: { id: string; name: LocalizedText; mayInviteContactPerson: boolean }[];
  practitioners: { id: string; organizationId: string; givenName: string; familyName: string }[];
}

/** What the invitation form offers this user: only the choices they may make. */
export async function inviteOptions(caller: CurrentUser): Promise<InviteOptions> {
  const roles = invitableRoles(caller);
  if (roles.length === 0) return { roles, regions: [], organizations: [], practitioners: [] };
  const regionCodes = coordinatedRegions(caller);
  const regions = isAdmin(caller)
    ? await db().select().from(region).orderBy(asc(region.code))
    : regionCodes.length
      ? await db().select().from(region).where(inArray(region.code, regionCodes)).orderBy(asc(region.code))
      : [];
  const scope = organizationsInScope(caller);
  const organizations =
    scope === false
      ? []
      : await db()
          .select({
            id: organization.id,
            name: organization.name,
            // Contact persons are invited by coordinators of the organisation's network (or admins).
            inRegion: regionCodes.length
              ? sql<boolean>`exists (select 1 from ${networkMembership} m where m.organization_id = ${organization.id} and m.region_code in ${regionCodes})`
              : sql<boolean>`false`,
          })
          .from(organization)
          .where(scope)
          .orderBy(sql`${organization.name}->>'fi'`);
  const practitioners = organizations.length
    ? await db()
        .select({ id: practitioner.id, organizationId: practitioner.organizationId, givenName: practitioner.givenName, familyName: practitioner.familyName })
        .from(practitioner)
        .where(
          inArray(
            practitioner.organizationId,
            organizations.map((o) => o.id),
          ),
        )
        .orderBy(asc(practitioner.familyName), asc(practitioner.givenName))
    : [];
  return {
    roles,
    regions,
    organizations: organizations.map((o) => ({ id: o.id, name: o.name, mayInviteContactPerson: isAdmin(caller) || o.inRegion })),
    practitioners,
  };
}

export type InvitationStatus = "pending" | "accepted" | "expired";

export interface InvitationRow {
  id: string;
  email: string;
  role: Role;
  regionCode: string | null;
  organizationName: LocalizedText | null;
  practitionerName: string | null;
  invitedByName: string | null;
  createdAt: Date;
  expiresAt: Date;
  status: InvitationStatus;
}

/** Invitations the user may see: those they sent, and those for their region or organisation. */
export async function listInvitations(caller: CurrentUser, page = 1, now = new Date()): Promise<{ rows: InvitationRow[]; total: number }> {
  let visible: SQL | undefined;
  if (!isAdmin(caller)) {
    const regions = coordinatedRegions(caller);
    const own = contactOrganizations(caller);
    const conditions: SQL[] = [eq(invitation.invitedBy, caller.id)];
    if (regions.length) {
      conditions.push(inArray(invitation.regionCode, regions));
      conditions.push(
        sql`exists (select 1 from ${networkMembership} m where m.organization_id = ${invitation.organizationId} and m.region_code in ${regions})`,
      );
    }
    if (own.length) conditions.push(inArray(invitation.organizationId, own));
    visible = or(...conditions);
  }
  const [{ total }] = await db()
    .select({ total: sql<number>`count(*)::int` })
    .from(invitation)
    .where(visible);
  const rows = await db()
    .select({
      id: invitation.id,
      email: invitation.email,
      role: invitation.role,
      regionCode: invitation.regionCode,
      organizationName: organization.name,
      givenName: practitioner.givenName,
      familyName: practitioner.familyName,
      invitedByName: user.name,
      createdAt: invitation.createdAt,
      expiresAt: invitation.expiresAt,
      acceptedAt: invitation.acceptedAt,
    })
    .from(invitation)
    .leftJoin(organization, eq(organization.id, invitation.organizationId))
    .leftJoin(practitioner, eq(practitioner.id, invitation.practitionerId))
    .leftJoin(user, eq(user.id, invitation.invitedBy))
    .where(visible)
    .orderBy(desc(invitation.createdAt), desc(invitation.id))
    .limit(invitationsPageSize)
    .offset((Math.max(1, page) - 1) * invitationsPageSize);
  return {
    total,
    rows: rows.map((r) => ({
      id: r.id,
      email: r.email,
      role: r.role as Role,
      regionCode: r.regionCode,
      organizationName: r.organizationName,
      practitionerName: r.givenName ? `${r.givenName} ${r.familyName}` : null,
      invitedByName: r.invitedByName,
      createdAt: r.createdAt,
      expiresAt: r.expiresAt,
      status: r.acceptedAt ? "accepted" : r.expiresAt.getTime() <= now.getTime() ? "expired" : "pending",
    })),
  };
}
