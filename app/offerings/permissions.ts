import type { CurrentUser } from "../kit/permissions/roles";
import { canManageOrganization, type OrganizationScope } from "~/network-map/public";

/**
 * Who keeps an organisation's education offerings: its contact persons, the coordinators of the
 * regions whose networks it belongs to, and admins (the same people who keep its services).
 * Practitioners keep only their own card.
 */
export function canManageOfferings(user: CurrentUser | null, organization: OrganizationScope): boolean {
  return canManageOrganization(user, organization);
}
