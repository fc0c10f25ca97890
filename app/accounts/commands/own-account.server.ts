import { and, eq, ne } from "drizzle-orm";
import { hashPassword, verifyPassword } from "better-auth/crypto";
import { recordChange, type Actor } from "~/audit/public.server";
import { db, type Transaction } from "../../kit/db/db.server";
import type { CurrentUser } from "../../kit/permissions/roles";
import { InvalidInput } from "../../kit/validation/errors";
import { parseInput } from "../../kit/validation/fields";
import { changeNameInput, changePasswordInput, type ChangeNameInput, type ChangePasswordInput } from "../inputs";
import { passwordIssue } from "../password-policy.server";
import { account, session, user } from "../schema.server";

export const actorOf = (caller: Pick<CurrentUser, "id" | "name" | "email">): Actor => ({ id: caller.id, name: caller.name || caller.email });

/** An account event (no field of a record changed) in the audit trail, with the client address. */
export async function recordAccountEvent(
  tx: Transaction,
  actor: Actor,
  userId: string,
  action: string,
  address: string | null,
  details: Record<string, unknown> = {},
) {
  await recordChange(tx, { actor, entityType: "user", entityId: userId, action, before: null, after: { ...details, address } });
}

/** The signed-in user changes their own display name; the audit keeps the old and new name. */
export async function changeOwnName(caller: CurrentUser, rawInput: ChangeNameInput, address: string | null): Promise<void> {
  const input = parseInput(changeNameInput, rawInput);
  await db().transaction(async (tx) => {
    const [before] = await tx.select({ name: user.name }).from(user).where(eq(user.id, caller.id)).for("update");
    if (!before || before.name === input.name) return;
    await tx.update(user).set({ name: input.name, updatedAt: new Date() }).where(eq(user.id, caller.id));
    await recordChange(tx, {
      actor: actorOf(caller),
      entityType: "user",
      entityId: caller.id,
      action: "update",
      before: { name: before.name, address: null },
      after: { name: input.name, address },
    });
  });
}

/**
 * The signed-in user changes their password, giving the current one. The new one must pass the
 * password policy; the user's other sessions end, the one they are using stays.
 */
export async function changeOwnPassword(caller: CurrentUser, rawInput: ChangePasswordInput, currentSessionId: string, address: string | null): Promise<void> {
  const input = parseInput(changePasswordInput, rawInput);
  await db().transaction(async (tx) => {
    const [credential] = await tx
      .select({ id: account.id, hash: account.password })
      .from(account)
      .where(and(eq(account.userId, caller.id), eq(account.providerId, "credential")))
      .for("update");
    if (!credential?.hash || !(await verifyPassword({ hash: credential.hash, password: input.currentPassword }))) {
      throw new InvalidInput([{ path: "currentPassword", key: "account.wrongPassword" }]);
    }
    const issue = passwordIssue(input.newPassword, { name: caller.name, email: caller.email }, "newPassword");
    if (issue) throw new InvalidInput([issue]);
    await tx
      .update(account)
      .set({ password: await hashPassword(input.newPassword), updatedAt: new Date() })
      .where(eq(account.id, credential.id));
    const ended = await tx
      .delete(session)
      .where(and(eq(session.userId, caller.id), ne(session.id, currentSessionId)))
      .returning({ id: session.id });
    await recordAccountEvent(tx, actorOf(caller), caller.id, "password_change", address, { sessionsEnded: ended.length });
  });
}
