import { createHmac } from "node:crypto";
import { config } from "../kit/config.server";

/**
 * The manage link's secret: the booking's id signed with the installation's secret (HMAC-SHA-256),
 * so that every e-mail about the booking can carry the same link without the link being stored.
 * The database keeps only its SHA-256, to find the booking by it (decision 0196).
 */
export const manageTokenOf = (bookingId: string): string => createHmac("sha256", config.authSecret).update(`booking-manage:${bookingId}`).digest("base64url");

export const managePath = (lang: string, bookingId: string) => `/${lang}/book/manage/${manageTokenOf(bookingId)}`;
