import { defineRateLimit } from "~/kit/rate-limit/rate-limit.server";

/** Registrations from one address: enough for an office registering its staff, too few to fill an event. */
export const registrationAttempts = defineRateLimit("event-registration", { address: { points: 20, windowSeconds: 60 * 60 } });

/** Cancellations and feedback answers through a link, per address. */
export const linkAttempts = defineRateLimit("event-link", { address: { points: 30, windowSeconds: 60 * 60 } });
