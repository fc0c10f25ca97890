import { laterBy } from "../kit/dates/calendar";
import { coordinatedRegions, isAdmin, overseenScope, type CurrentUser, type OverseenScope } from "../kit/permissions/roles";

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
 * Whose satisfaction results a user reads (decision 0202): the organisations they oversee. Practitioners
 * read none here: the results are the organisation's figures, read through its contact persons.
 */
export const satisfactionScope = overseenScope;
export type SatisfactionScope = OverseenScope;
