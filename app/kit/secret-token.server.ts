import { createHash, randomBytes } from "node:crypto";

/**
 * Secret tokens in addresses that act without an account (a manage link, a satisfaction question):
 * 32 random bytes in base64url, 43 characters. Only the hash is stored, so a copy of the database
 * opens no link.
 */
export const newSecretToken = () => randomBytes(32).toString("base64url");

export const hashSecretToken = (token: string) => createHash("sha256").update(token).digest("hex");
