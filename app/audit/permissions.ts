import { coordinatedRegions, isAdmin, type CurrentUser } from "../kit/permissions/roles";

/** Admins read the whole audit trail; coordinators read the part about their region's network. */
export const canReadAuditTrail = (user: CurrentUser | null) => isAdmin(user) || coordinatedRegions(user).length > 0;

/** The trail as a CSV file: for the same coordinators and admins who read it, no one else. */
export const canExportAuditTrail = (user: CurrentUser | null) => canReadAuditTrail(user);
