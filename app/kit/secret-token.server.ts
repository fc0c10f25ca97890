import { createHash, createHmac, randomBytes } from "node:crypto";
import { config } from "./config.server";

/**
 * Secret tokens in addresses that act without an account (a manage link, a satisfaction question):
 * 32 random bytes in base64url, 43 characters. Only the hash is stored, so a copy of the database
 * opens no link.
 */
export const newSecretToken = () => randomBytes(32).toString("base64url");

export const hashSecretToken = (token: string) => createHash("sha256").update(token).digest("hex");

/** Whether a value from an address can be such a token at all, so that nothing else reaches the database. */
export const isSecretTokenShaped = (value: unknown): value is string => typeof value === "string" && /^[A-Za-z0-9_-]{43}$/.test(value);

/**
 * A token of the same shape that the server can derive again from what it names (HMAC-SHA-256 of
 * purpose and id with the installation's secret): a page can then offer the link again without the
 * link being stored.
 */
export const signedSecretToken = (purpose: string, id: string) => createHmac("sha256", config.authSecret).update(`${purpose}:${id}`).digest("base64url");
