import { desc, eq } from "drizzle-orm";
import { db } from "../../kit/db/db.server";
import { session } from "../schema.server";
import { sessionState } from "../session-rules";

export interface OwnSession {
  id: string;
  createdAt: Date;
  lastActiveAt: Date;
  userAgent: string | null;
  address: string | null;
  current: boolean;
}

/** The user's sessions that can still be used, the latest used first; never their tokens. */
export async function listOwnSessions(userId: string, currentSessionId: string, now = new Date()): Promise<OwnSession[]> {
  const rows = await db()
    .select({
      id: session.id,
      createdAt: session.createdAt,
      updatedAt: session.updatedAt,
      expiresAt: session.expiresAt,
      userAgent: session.userAgent,
      address: session.ipAddress,
    })
    .from(session)
    .where(eq(session.userId, userId))
    .orderBy(desc(session.updatedAt))
    .limit(100);
  return rows
    .filter((r) => sessionState(r, now) === "active")
    .map((r) => ({
      id: r.id,
      createdAt: r.createdAt,
      lastActiveAt: r.updatedAt,
      userAgent: r.userAgent?.slice(0, 200) ?? null,
      address: r.address,
      current: r.id === currentSessionId,
    }));
}
