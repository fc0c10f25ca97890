import { and, eq, ne } from "drizzle-orm";
import { db } from "../../kit/db/db.server";
import type { CurrentUser } from "../../kit/permissions/roles";
import { session } from "../schema.server";
import { actorOf, recordAccountEvent } from "./own-account.server";

/**
 * Signs the user out of their other sessions (`keep` is the one they are using), or of all of them
 * when `keep` is null. Returns how many ended.
 */
export async function endOwnSessions(caller: CurrentUser, keep: string | null, address: string | null): Promise<number> {
  return db().transaction(async (tx) => {
    const mine = eq(session.userId, caller.id);
    const ended = await tx
      .delete(session)
      .where(keep ? and(mine, ne(session.id, keep)) : mine)
      .returning({ id: session.id });
    await recordAccountEvent(tx, actorOf(caller), caller.id, keep ? "sessions_revoke_others" : "sessions_revoke_all", address, { sessionsEnded: ended.length });
    return ended.length;
  });
}
