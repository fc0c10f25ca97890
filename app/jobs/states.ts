/**
 * `running`: a runner holds it; `queued`: waiting for its first try (perhaps until a later time);
 * `retrying`: a try failed and the next waits for the backoff; `failed`: no tries left.
 */
export const jobStates = ["running", "retrying", "failed", "queued"] as const;
export type JobState = (typeof jobStates)[number];
