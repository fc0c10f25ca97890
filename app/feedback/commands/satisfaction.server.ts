import { and, eq, gt, lte, sql } from "drizzle-orm";
import { laterBy } from "../../kit/dates/calendar";
import { db, type Transaction } from "../../kit/db/db.server";
import type { Language } from "../../kit/i18n/languages";
import { hashSecretToken, isSecretTokenShaped, newSecretToken } from "../../kit/secret-token.server";
import { parseInput } from "../../kit/validation/fields";
import { satisfactionAnswerInput, type SatisfactionAnswerInput, type SatisfactionKind } from "../satisfaction-inputs";
import { satisfactionAnswer, satisfactionInvitation } from "../schema.server";

type Executor = Transaction | ReturnType<typeof db>;

export interface SatisfactionInvitation {
  kind: SatisfactionKind;
  organizationId: string;
  serviceId?: string | null;
  /** The channel the service was given by ("phone", "video", "service_point", …), for the statistics. */
  channel?: string | null;
  /** The language the question is asked in: the citizen's. */
  language: Language;
  /** How many answers the link takes: 1 for one person, more for a code shown at a visit. */
  uses?: number;
  /** Days the question stays open; 30 by default. */
  days?: number;
  /**
   * A token the inviter can derive again (the kit's signedSecretToken), so that a page can offer the
   * same question later; inviting twice with it keeps the first invitation. A new random one otherwise.
   */
  token?: string;
}

/** Days a satisfaction question stays open unless the inviter says otherwise. */
export const satisfactionQuestionDays = 30;

/**
 * Opens the satisfaction question after a service, in the caller's transaction, and gives the path
 * of the question (`/fi/satisfaction/…`) to put in an e-mail or on a page. The invitation keeps
 * nothing of the person or the case (decision 0202).
 */
export async function inviteToRate(executor: Executor, invitation: SatisfactionInvitation, now = new Date()): Promise<string> {
  const token = invitation.token ?? newSecretToken();
  if (!isSecretTokenShaped(token)) throw new Error("A satisfaction question's token must be shaped as a secret token.");
  const uses = invitation.uses ?? 1;
  if (!Number.isInteger(uses) || uses < 1 || uses > 10_000) throw new Error(`A satisfaction question takes 1–10,000 answers, not ${uses}.`);
  await executor
    .insert(satisfactionInvitation)
    .values({
      tokenHash: hashSecretToken(token),
      kind: invitation.kind,
      organizationId: invitation.organizationId,
      serviceId: invitation.serviceId ?? null,
      channel: invitation.channel ?? null,
      language: invitation.language,
      usesLeft: uses,
      createdAt: now,
      expiresAt: laterBy(now, { days: invitation.days ?? satisfactionQuestionDays }),
    })
    .onConflictDoNothing();
  return `/${invitation.language}/satisfaction/${token}`;
}

/** Whether the question of a token is open: not expired, answers left. */
export async function satisfactionQuestionOpen(token: string, now = new Date()): Promise<boolean> {
  if (!isSecretTokenShaped(token)) return false;
  const [row] = await db()
    .select({ usesLeft: satisfactionInvitation.usesLeft })
    .from(satisfactionInvitation)
    .where(and(eq(satisfactionInvitation.tokenHash, hashSecretToken(token)), gt(satisfactionInvitation.expiresAt, now)));
  return !!row && row.usesLeft > 0;
}

/**
 * Records an answer. The invitation's use is taken in the same statement that checks it, so two
 * answers sent at once through a one-use link record one. "gone" when the link was used up,
 * expired or never existed.
 */
export async function answerSatisfaction(token: string, rawInput: SatisfactionAnswerInput, now = new Date()): Promise<"answered" | "gone"> {
  const input = parseInput(satisfactionAnswerInput, rawInput);
  return db().transaction(async (tx) => {
    const [invitation] = await tx
      .update(satisfactionInvitation)
      .set({ usesLeft: sql`${satisfactionInvitation.usesLeft} - 1` })
      .where(
        and(eq(satisfactionInvitation.tokenHash, hashSecretToken(token)), gt(satisfactionInvitation.expiresAt, now), gt(satisfactionInvitation.usesLeft, 1)),
      )
      .returning();
    const used = invitation ?? (await takeLastUse(tx, token, now));
    if (!used) return "gone";
    await tx.insert(satisfactionAnswer).values({
      kind: used.kind,
      organizationId: used.organizationId,
      serviceId: used.serviceId,
      channel: used.channel,
      language: used.language,
      score: input.score,
      comment: input.comment ?? null,
      answeredAt: now,
    });
    return "answered";
  });
}

/** The last use of an invitation deletes it (the uses-left check allows no zero). */
async function takeLastUse(tx: Transaction, token: string, now: Date) {
  const [deleted] = await tx
    .delete(satisfactionInvitation)
    .where(and(eq(satisfactionInvitation.tokenHash, hashSecretToken(token)), gt(satisfactionInvitation.expiresAt, now), eq(satisfactionInvitation.usesLeft, 1)))
    .returning();
  return deleted;
}

/** Deletes the questions nobody answered in time; the job runner calls it daily. */
export async function deleteExpiredInvitations(now = new Date()): Promise<number> {
  const deleted = await db()
    .delete(satisfactionInvitation)
    .where(lte(satisfactionInvitation.expiresAt, now))
    .returning({ tokenHash: satisfactionInvitation.tokenHash });
  return deleted.length;
}
