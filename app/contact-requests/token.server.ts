import { createHash, randomBytes } from "node:crypto";

/** A follow-up link's secret: 32 random bytes, as URL-safe text. Only its hash is stored. */
export const newFollowUpToken = (): string => randomBytes(32).toString("base64url");

export const tokenHash = (token: string): string => createHash("sha256").update(token).digest("hex");

/** Whether a value from an address can be a token at all (so nothing else reaches the database). */
export const isTokenShaped = (value: unknown): value is string => typeof value === "string" && /^[A-Za-z0-9_-]{43}$/.test(value);
