import { isAdmin, type CurrentUser } from "../../kit/permissions/roles";

/** An import run and its report are its starter's (the rows may name people); admins see all. */
export const canSeeImportRun = (user: CurrentUser | null, run: { startedBy: string }) => !!user && (run.startedBy === user.id || isAdmin(user));
