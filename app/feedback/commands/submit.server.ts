import { db } from "../../kit/db/db.server";
import type { Transaction } from "../../kit/db/db.server";
import { parseInput } from "../../kit/validation/fields";
import { feedbackInput, voteInput, type FeedbackInput, type VoteInput } from "../inputs";
import { feedback, pageVote } from "../schema.server";

/**
 * A visitor's "did this page help?". Anyone may vote; the vote is not tied to a person, so it is
 * neither audited nor personal data.
 */
export async function recordVote(rawInput: VoteInput, executor: Transaction | ReturnType<typeof db> = db()): Promise<void> {
  const input = parseInput(voteInput, rawInput);
  await executor.insert(pageVote).values({ pagePath: input.page, language: input.language, helpful: input.helpful === "yes" });
}

/**
 * Feedback sent with the public form. The row is the record of what arrived; the audit trail
 * records what staff do with it (the answer), and never the sender's e-mail.
 */
export async function submitFeedback(rawInput: FeedbackInput, executor: Transaction | ReturnType<typeof db> = db()): Promise<string> {
  const input = parseInput(feedbackInput, rawInput);
  const [row] = await executor
    .insert(feedback)
    .values({ kind: input.kind, language: input.language, message: input.message, pagePath: input.page ?? null, email: input.email ?? null })
    .returning({ id: feedback.id });
  return row.id;
}
