import { hashPassword } from "better-auth/crypto";
import { randomUUID } from "node:crypto";
import { recordChange, type Actor } from "~/audit/public.server";
import { db } from "../../kit/db/db.server";
import type { RoleGrant } from "../../kit/permissions/roles";
import { account, roleAssignment, user } from "../schema.server";

type Transaction = Parameters<Parameters<ReturnType<typeof db>["transaction"]>[0]>[0];

/**
 * Creates a user who signs in with e-mail and password, with their role grants. Used when an
 * invitation is accepted (and by tests and demo data); nobody signs themselves up.
 */
export async function createAccount(
  input: { email: string; name: string; password: string; grants: RoleGrant[] },
  actor: Actor,
  executor?: Transaction,
): Promise<string> {
  const run = async (tx: Transaction) => {
    const id = randomUUID();
    const email = input.email.trim().toLowerCase();
    await tx.insert(user).values({ id, email, name: input.name, emailVerified: true });
    await tx.insert(account).values({
      id: randomUUID(),
      accountId: id,
      providerId: "credential",
      userId: id,
      password: await hashPassword(input.password),
    });
    if (input.grants.length) await tx.insert(roleAssignment).values(input.grants.map((g) => ({ userId: id, ...g })));
    await recordChange(tx, {
      actor,
      entityType: "user",
      entityId: id,
      action: "create",
      before: null,
      after: { email, name: input.name, grants: input.grants },
    });
    return id;
  };
  return executor ? run(executor) : db().transaction(run);
}
