import { eq } from "drizzle-orm";
import type { CurrentUser } from "../../kit/permissions/roles";
import { recordChange } from "~/audit/public.server";
import { db, type Transaction } from "../../kit/db/db.server";
import { InvalidInput, NotFound, requirePermission } from "../../kit/validation/errors";
import { parseInput } from "../../kit/validation/fields";
import { translator } from "../../kit/i18n/catalogue";
import { isLanguage } from "../../kit/i18n/languages";
import { queueMail } from "~/mail/public.server";
import { actorOf } from "~/network-map/public.server";
import { answerInput } from "../inputs";
import { canAnswerFeedback } from "../permissions";
import { feedback } from "../schema.server";

/**
 * Marks feedback answered with the reply. When the sender left an e-mail address the reply is
 * mailed to them in the language they wrote in. The audit trail records who answered, when and
 * what, but not the address.
 */
export async function answerFeedback(caller: CurrentUser, id: string, rawInput: { reply: string }, executor?: Transaction): Promise<{ mailed: boolean }> {
  requirePermission(canAnswerFeedback(caller), `answer feedback ${id}`);
  const input = parseInput(answerInput, rawInput);
  const run = async (tx: Transaction) => {
    const [before] = await tx.select().from(feedback).where(eq(feedback.id, id)).for("update");
    if (!before) throw new NotFound(`feedback ${id}`);
    if (before.answeredAt) throw new InvalidInput([{ path: "reply", key: "feedback.alreadyAnswered" }]);
    const answeredAt = new Date();
    const answeredBy = caller.name || caller.email;
    let outboxId: string | null = null;
    if (before.email) {
      const t = translator(isLanguage(before.language) ? before.language : "fi");
      outboxId = await queueMail(tx, {
        to: before.email,
        subject: t("feedback.mail.subject"),
        text: t("feedback.mail.body", { reply: input.reply, message: before.message }),
      });
    }
    await tx.update(feedback).set({ answeredAt, answeredBy, reply: input.reply, replyMailed: !!outboxId }).where(eq(feedback.id, id));
    await recordChange(tx, {
      actor: actorOf(caller),
      entityType: "feedback",
      entityId: id,
      action: "answer",
      before: { answeredAt: null, reply: null, replyMailed: false },
      after: { answeredAt: answeredAt.toISOString(), reply: input.reply, replyMailed: !!outboxId },
    });
    return { outboxId };
  };
  const outcome = await (executor ? run(executor) : db().transaction(run));
  return { mailed: !!outcome.outboxId };
}
