import { laterBy } from "../kit/dates/calendar";
import { contactOrganizations, coordinatedRegions, isAdmin, type CurrentUser } from "../kit/permissions/roles";

/**
 * Who reads and answers feedback from the public site (decision 0130): admins, and coordinators,
 * who run the portal. Feedback concerns the shared public site, not one region's data, so a
 * coordinator of any region sees all of it. Contact persons and practitioners see none: feedback
 * may carry a sender's e-mail address.
 */
export function canReadFeedback(user: CurrentUser | null): boolean {
  return isAdmin(user) || coordinatedRegions(user).length > 0;
}

export function canAnswerFeedback(user: CurrentUser | null): boolean {
  return canReadFeedback(user);
}

/** The due date of an answer: accessibility feedback within the given days of receipt, other feedback has none. */
export function answerDueDate(kind: string, receivedAt: Date, days: number): Date | null {
  if (kind !== "accessibility") return null;
  return laterBy(receivedAt, { days });
}

export function isOverdue(item: { kind: string; receivedAt: Date; answeredAt: Date | null }, now: Date, days: number): boolean {
  const due = answerDueDate(item.kind, item.receivedAt, days);
  return !!due && !item.answeredAt && due.getTime() < now.getTime();
}

/**
 * Whose satisfaction results a user reads (decision 0202): admins all; coordinators the organisations
 * of their regions' networks; contact persons their own organisations. Practitioners read none here:
 * the results are the organisation's figures, read through its contact persons. Null: none.
 */
export type SatisfactionScope = { all: true } | { all: false; regionCodes: string[]; organizationIds: string[] };

export function satisfactionScope(user: CurrentUser | null): SatisfactionScope | null {
  if (isAdmin(user)) return { all: true };
  const regionCodes = coordinatedRegions(user);
  const organizationIds = contactOrganizations(user);
  if (!regionCodes.length && !organizationIds.length) return null;
  return { all: false, regionCodes, organizationIds };
}
