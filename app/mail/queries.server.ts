import { desc, sql } from "drizzle-orm";
import { canReadOutbox } from "./permissions";
import type { CurrentUser } from "../kit/permissions/roles";
import { db } from "../kit/db/db.server";
import { PermissionDenied } from "../kit/validation/errors";
import { outboxMessage } from "./schema.server";

export const outboxPageSize = 25;

/** One page of the outbox, newest first; admins only, since messages carry invitation links. */
export async function listOutbox(caller: CurrentUser, page = 1) {
  if (!canReadOutbox(caller)) throw new PermissionDenied("read the outbox");
  const [{ total }] = await db()
    .select({ total: sql<number>`count(*)::int` })
    .from(outboxMessage);
  const rows = await db()
    .select()
    .from(outboxMessage)
    .orderBy(desc(outboxMessage.createdAt), desc(outboxMessage.id))
    .limit(outboxPageSize)
    .offset((Math.max(1, page) - 1) * outboxPageSize);
  return { rows, total };
}
