import { and, eq, isNull } from "drizzle-orm";
import { randomBytes } from "node:crypto";
import { hashPassword } from "better-auth/crypto";
import { queueMail } from "~/mail/public.server";
import { config } from "../../kit/config.server";
import { db } from "../../kit/db/db.server";
import { translator } from "../../kit/i18n/catalogue";
import type { Language } from "../../kit/i18n/languages";
import { InvalidInput } from "../../kit/validation/errors";
import { account, passwordReset, session, user } from "../schema.server";
import { passwordIssue } from "../password-policy.server";
import { hashToken } from "./invitation.server";
import { recordAccountEvent } from "./own-account.server";

/** How long a reset link works (decision 0178). */
export const resetLifetimeMs = 30 * 60 * 1000;

/** Why a reset link cannot be used: unknown (404), or expired or used already (410). */
export class ResetUnusable extends Error {
  constructor(public readonly reason: "unknown" | "expired" | "used") {
    super(`Password reset ${reason}`);
  }
  get status() {
    return this.reason === "unknown" ? 404 : 410;
  }
}

/**
 * Someone asks for a reset link for an address. If it has an account, a single-use link valid for
 * 30 minutes is mailed and the request audited; otherwise nothing happens. The caller answers the
 * same either way, so that the form does not tell which addresses have accounts.
 */
export async function requestPasswordReset(rawEmail: string, language: Language, address: string | null, now = new Date()): Promise<void> {
  const email = rawEmail.trim().toLowerCase().slice(0, 320);
  if (!email) return;
  const token = randomBytes(32).toString("base64url");
  await db().transaction(async (tx) => {
    const [found] = await tx.select({ id: user.id, name: user.name }).from(user).where(eq(user.email, email));
    if (!found) return;
    await tx
      .insert(passwordReset)
      .values({ userId: found.id, tokenHash: hashToken(token), expiresAt: new Date(now.getTime() + resetLifetimeMs), createdAt: now });
    // Whoever asked is not known: the form is open to anyone, so the actor is the form itself.
    await recordAccountEvent(tx, { id: null, name: "password reset form" }, found.id, "password_reset_request", address);
    const t = translator(language);
    await queueMail(tx, {
      to: email,
      subject: t("reset.mailSubject"),
      text: t("reset.mailBody", { link: `${config.publicUrl}/${language}/reset-password/${token}` }),
    });
  });
}

async function usableReset(executor: Pick<ReturnType<typeof db>, "select">, token: string, now: Date, lock: boolean) {
  if (token.length > 100) throw new ResetUnusable("unknown");
  const query = executor
    .select({
      id: passwordReset.id,
      userId: passwordReset.userId,
      expiresAt: passwordReset.expiresAt,
      usedAt: passwordReset.usedAt,
      name: user.name,
      email: user.email,
    })
    .from(passwordReset)
    .innerJoin(user, eq(user.id, passwordReset.userId))
    .where(eq(passwordReset.tokenHash, hashToken(token)));
  const [row] = lock ? await query.for("update", { of: passwordReset }) : await query;
  if (!row) throw new ResetUnusable("unknown");
  if (row.usedAt) throw new ResetUnusable("used");
  if (row.expiresAt.getTime() <= now.getTime()) throw new ResetUnusable("expired");
  return row;
}

/** Throws ResetUnusable unless the link can still set a password. */
export async function checkPasswordReset(token: string, now = new Date()): Promise<void> {
  await usableReset(db(), token, now, false);
}

/**
 * Sets a new password through a mailed link: once only, within 30 minutes. Every session of the
 * user ends, so whoever knew the old password is signed out.
 */
export async function resetPassword(token: string, newPassword: string, address: string | null, now = new Date()): Promise<{ email: string }> {
  return db().transaction(async (tx) => {
    const row = await usableReset(tx, token, now, true);
    const issue = passwordIssue(newPassword, { name: row.name, email: row.email });
    if (issue) throw new InvalidInput([issue]);
    const used = await tx
      .update(passwordReset)
      .set({ usedAt: now })
      .where(and(eq(passwordReset.id, row.id), isNull(passwordReset.usedAt)))
      .returning({ id: passwordReset.id });
    if (used.length === 0) throw new ResetUnusable("used");
    const hash = await hashPassword(newPassword);
    const updated = await tx
      .update(account)
      .set({ password: hash, updatedAt: now })
      .where(and(eq(account.userId, row.userId), eq(account.providerId, "credential")))
      .returning({ id: account.id });
    if (updated.length === 0) throw new ResetUnusable("unknown");
    const ended = await tx.delete(session).where(eq(session.userId, row.userId)).returning({ id: session.id });
    await recordAccountEvent(tx, { id: row.userId, name: row.name || row.email }, row.userId, "password_reset", address, { sessionsEnded: ended.length });
    return { email: row.email };
  });
}
