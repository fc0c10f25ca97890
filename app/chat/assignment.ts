/**
 * The rules of the duty's queue (decision 0205), pure so that they are tested without a database.
 */

/** Someone on duty now, as the assignment sees them. */
export interface DutyCandidate {
  shiftId: string;
  userId: string;
  userName: string;
  organizationId: string;
  languages: readonly string[];
  /** Empty: any topic. */
  topics: readonly string[];
  activeChats: number;
  /** When they were last given a chat; null if not during this shift. */
  lastAssignedAt: Date | null;
}

/** Whether a person on duty serves a chat's language and topic ("other" goes to anyone who speaks the language). */
export const serves = (candidate: Pick<DutyCandidate, "languages" | "topics">, chat: { language: string; topic: string }): boolean =>
  candidate.languages.includes(chat.language) && (candidate.topics.length === 0 || chat.topic === "other" || candidate.topics.includes(chat.topic));

/**
 * Whom a queued chat goes to when the region assigns automatically: someone who serves its language
 * and topic and holds fewer than `maxParallel` chats; the least loaded first, then the one who has
 * waited longest for a chat, then by id so that the choice is stable. Null: it waits in the queue.
 */
export function chooseAssignee(candidates: readonly DutyCandidate[], chat: { language: string; topic: string }, maxParallel: number): DutyCandidate | null {
  const eligible = candidates.filter((c) => serves(c, chat) && c.activeChats < maxParallel);
  eligible.sort(
    (a, b) =>
      a.activeChats - b.activeChats ||
      (a.lastAssignedAt?.getTime() ?? 0) - (b.lastAssignedAt?.getTime() ?? 0) ||
      (a.userId < b.userId ? -1 : a.userId > b.userId ? 1 : 0),
  );
  return eligible[0] ?? null;
}

/** Minutes one chat waits when the region has no history yet. */
export const defaultWaitMinutes = 3;

/**
 * The citizen's wait estimate in whole minutes: the chats ahead (and theirs) share the people on
 * duty, each taking the region's recent average wait. At least one minute.
 */
export function waitEstimateMinutes(position: number, onDuty: number, averageWaitMinutes: number | null): number {
  const perChat = averageWaitMinutes ?? defaultWaitMinutes;
  return Math.max(1, Math.ceil((position * perChat) / Math.max(1, onDuty)));
}
