/**
 * How long a session lasts (decision 0178): it ends 12 hours after signing in however busy the user
 * is, and after 30 minutes without a request. "Last active" is written at most once a minute.
 */
export const sessionLifetime = {
  absoluteSeconds: 12 * 60 * 60,
  idleMs: 30 * 60 * 1000,
  touchEveryMs: 60 * 1000,
} as const;

export type SessionState = "active" | "idle" | "expired";

/** Whether a session may still be used at `now`, from when it began, expires and was last used. */
export function sessionState(session: { createdAt: Date; expiresAt: Date; updatedAt: Date }, now: Date): SessionState {
  const absoluteEnd = Math.min(session.expiresAt.getTime(), session.createdAt.getTime() + sessionLifetime.absoluteSeconds * 1000);
  if (now.getTime() >= absoluteEnd) return "expired";
  if (now.getTime() - session.updatedAt.getTime() >= sessionLifetime.idleMs) return "idle";
  return "active";
}
