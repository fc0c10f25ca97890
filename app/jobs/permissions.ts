import { isAdmin, type CurrentUser } from "../kit/permissions/roles";

/**
 * The job queue is the whole site's: every region's mail and reminders, with their errors (which
 * name mail servers and addresses). Admins see it and retry failed jobs; nobody else does.
 */
export const canReadJobs = (user: CurrentUser | null) => isAdmin(user);

/** Retrying makes the work happen again (a mail goes out): admins only. */
export const canRetryJobs = (user: CurrentUser | null) => isAdmin(user);
