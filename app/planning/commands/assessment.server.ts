import { and, eq } from "drizzle-orm";
import { z } from "zod";
import type { CurrentUser } from "../../kit/permissions/roles";
import { editConflict, recordChange } from "~/audit/public.server";
import { updateVersioned } from "../../kit/db/versioned-update.server";
import { db } from "../../kit/db/db.server";
import { parseInput } from "../../kit/validation/fields";
import { actorOf, checkCodes } from "~/network-map/public.server";
import { NotFound, requirePermission, throwIfIssues } from "../../kit/validation/errors";
import { answerInput, planYear, regionCode as regionCodeInput, type AnswerInput } from "../inputs";
import { canAnswerRound, canManageRounds } from "../permissions";
import { assessmentAnswer, assessmentRound } from "../schema.server";
import { notificationCause, notify, resolveNotifications } from "~/notifications/public.server";
import { regionPeopleIds, regionScope, type Transaction } from "./shared.server";

const where = z.object({ regionCode: regionCodeInput, year: planYear });

/** Opens the region's round for a year: a new one, or a closed one again. */
export async function openRound(caller: CurrentUser, place: { regionCode: string; year: number | string }, executor?: Transaction): Promise<string> {
  const { regionCode, year } = parseInput(where, place);
  requirePermission(canManageRounds(caller, regionCode), `open round in ${regionCode}`);
  const run = async (tx: Transaction) => {
    throwIfIssues(await checkCodes(tx, [{ path: "regionCode", table: "region", values: [regionCode] }]));
    const [existing] = await tx
      .select()
      .from(assessmentRound)
      .where(and(eq(assessmentRound.regionCode, regionCode), eq(assessmentRound.year, year)))
      .for("update");
    if (existing) {
      if (existing.status !== "open") {
        await tx.update(assessmentRound).set({ status: "open", closedAt: null }).where(eq(assessmentRound.id, existing.id));
        await recordChange(tx, {
          actor: actorOf(caller),
          entityType: "assessment_round",
          entityId: existing.id,
          action: "update",
          before: { status: existing.status },
          after: { status: "open" },
        });
        return { id: existing.id, mailIds: await notifyOpened(tx, regionCode, year) };
      }
      return { id: existing.id, mailIds: [] };
    }
    const [created] = await tx.insert(assessmentRound).values({ regionCode, year, status: "open" }).returning({ id: assessmentRound.id });
    await recordChange(tx, {
      actor: actorOf(caller),
      entityType: "assessment_round",
      entityId: created.id,
      action: "create",
      before: null,
      after: { regionCode, year, status: "open" },
    });
    return { id: created.id, mailIds: await notifyOpened(tx, regionCode, year) };
  };
  return (await (executor ? run(executor) : db().transaction(run))).id;
}

/** Asks the region's contact persons and coordinators to answer the round. */
async function notifyOpened(tx: Transaction, regionCode: string, year: number): Promise<string[]> {
  const { mailIds } = await notify(tx, await regionPeopleIds(tx, regionCode), {
    kind: "assessment_round.opened",
    messageKey: "planning.inbox.roundOpened",
    values: { year },
    link: `/work/planning/${regionCode}/${year}/assessment`,
    cause: roundCause(regionCode, year),
  });
  return mailIds;
}

/** The cause of the request to answer a round: done when the person answers or the round closes. */
const roundCause = (regionCode: string, year: number) => notificationCause("assessment-round", regionCode, String(year));

export async function closeRound(caller: CurrentUser, roundId: string, executor?: Transaction): Promise<void> {
  const run = async (tx: Transaction) => {
    const [round] = await tx.select().from(assessmentRound).where(eq(assessmentRound.id, roundId)).for("update");
    if (!round) throw new NotFound(`round ${roundId}`);
    requirePermission(canManageRounds(caller, round.regionCode), `close round ${roundId}`);
    if (round.status === "closed") return;
    await tx.update(assessmentRound).set({ status: "closed", closedAt: new Date() }).where(eq(assessmentRound.id, roundId));
    await resolveNotifications(tx, { cause: roundCause(round.regionCode, round.year), reason: "roundClosed" });
    await recordChange(tx, {
      actor: actorOf(caller),
      entityType: "assessment_round",
      entityId: roundId,
      action: "update",
      before: { status: round.status },
      after: { status: "closed" },
    });
  };
  await (executor ? run(executor) : db().transaction(run));
}

/** One answer per person per round: the first save creates it, later ones replace it while the round is open. */
export async function saveAnswer(caller: CurrentUser, roundId: string, raw: AnswerInput, executor?: Transaction): Promise<string> {
  const run = async (tx: Transaction) => {
    const [round] = await tx.select().from(assessmentRound).where(eq(assessmentRound.id, roundId)).for("update");
    if (!round) throw new NotFound(`round ${roundId}`);
    const scope = await regionScope(tx, round.regionCode);
    requirePermission(canAnswerRound(caller, scope, round.status), `answer round ${roundId}`);
    const input = parseInput(answerInput, raw);
    const comments = Object.fromEntries(Object.entries(input.comments).filter((e): e is [string, string] => !!e[1]));
    const after = { stages: input.stages as Record<string, number>, comments, respondentName: caller.name || caller.email };
    const [existing] = await tx
      .select()
      .from(assessmentAnswer)
      .where(and(eq(assessmentAnswer.roundId, roundId), eq(assessmentAnswer.userId, caller.id)))
      .for("update");
    if (existing) {
      await updateVersioned(tx, assessmentAnswer, { id: existing.id, version: input.version }, { ...after, updatedAt: new Date() }, () =>
        editConflict(tx, "assessment_answer", [existing.id], `answer ${existing.id}`),
      );
      await recordChange(tx, {
        actor: actorOf(caller),
        entityType: "assessment_answer",
        entityId: existing.id,
        action: "update",
        before: { stages: existing.stages, comments: existing.comments, respondentName: existing.respondentName },
        after,
      });
      return existing.id;
    }
    await resolveNotifications(tx, { cause: roundCause(round.regionCode, round.year), reason: "roundAnswered", recipients: [caller.id] });
    const [created] = await tx
      .insert(assessmentAnswer)
      .values({ roundId, userId: caller.id, ...after })
      .returning({ id: assessmentAnswer.id });
    await recordChange(tx, {
      actor: actorOf(caller),
      entityType: "assessment_answer",
      entityId: created.id,
      action: "create",
      before: null,
      after: { roundId, ...after },
    });
    return created.id;
  };
  return executor ? run(executor) : db().transaction(run);
}
