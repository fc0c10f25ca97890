import { defineRateLimit } from "~/kit/rate-limit/rate-limit.server";

/**
 * Bookings from one address (decision 0177), the form and the API alike: enough for a family or
 * an office sharing an address, too few to fill a practitioner's week.
 */
export const bookingAttempts = defineRateLimit("booking", { address: { points: 10, windowSeconds: 60 * 60 } });

/** Cancellations and rebookings through a manage link, per address. */
export const manageAttempts = defineRateLimit("booking-manage", { address: { points: 20, windowSeconds: 60 * 60 } });

/** Reads of the public slots API per address: generous for a client that pages through weeks. */
export const slotReads = defineRateLimit("booking-slots", { address: { points: 600, windowSeconds: 60 * 60 } });
