import type { OrganizationScope } from "~/network-map/public";
import { contactOrganizations, coordinatedRegions, isAdmin, type CurrentUser, type Role } from "../kit/permissions/roles";

/**
 * Who may invite whom. An invitation hands over a role, so nobody may give more than they hold:
 * admins invite anyone; a coordinator invites within their region's network (fellow coordinators,
 * contact persons and practitioners of member organisations); a contact person invites the
 * practitioners of their own organisation.
 */
export type InvitationTarget =
  | { role: "admin" }
  | { role: "coordinator"; regionCode: string }
  | { role: "contact_person"; organization: OrganizationScope }
  | { role: "practitioner"; organization: OrganizationScope };

export function canInvite(user: CurrentUser | null, target: InvitationTarget): boolean {
  if (!user) return false;
  if (isAdmin(user)) return true;
  const regions = coordinatedRegions(user);
  switch (target.role) {
    case "admin":
      return false;
    case "coordinator":
      return regions.includes(target.regionCode);
    case "contact_person":
      return target.organization.regionCodes.some((code) => regions.includes(code));
    case "practitioner":
      return contactOrganizations(user).includes(target.organization.id) || target.organization.regionCodes.some((code) => regions.includes(code));
  }
}

/** The roles a user may hand out at all, for the invitation form. */
export function invitableRoles(user: CurrentUser | null): Role[] {
  if (isAdmin(user)) return ["admin", "coordinator", "contact_person", "practitioner"];
  if (coordinatedRegions(user).length > 0) return ["coordinator", "contact_person", "practitioner"];
  if (contactOrganizations(user).length > 0) return ["practitioner"];
  return [];
}
