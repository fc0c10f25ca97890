import { createHmac } from "node:crypto";
import { config } from "../kit/config.server";
import { hashSecretToken } from "../kit/secret-token.server";

/**
 * The links a registered person acts through without an account: the registration's id signed with
 * the installation's secret (HMAC-SHA-256, 43 characters as the kit's tokens), so that every e-mail
 * about the registration (confirmation, promotion, reminder) can carry the same link without it
 * being stored. The database keeps only the kit's hash, to find the registration by it.
 */
const tokenOf = (purpose: string, registrationId: string) => createHmac("sha256", config.authSecret).update(`${purpose}:${registrationId}`).digest("base64url");

export const cancelTokenOf = (registrationId: string) => tokenOf("event-cancel", registrationId);
export const feedbackTokenOf = (registrationId: string) => tokenOf("event-feedback", registrationId);
export { hashSecretToken };

export const registrationPath = (lang: string, registrationId: string) => `/${lang}/events/registrations/${cancelTokenOf(registrationId)}`;
export const feedbackPath = (lang: string, registrationId: string) => `/${lang}/events/feedback/${feedbackTokenOf(registrationId)}`;
