import { eq } from "drizzle-orm";
import { notificationCause, resolveNotifications } from "~/notifications/public.server";
import { actorOf, recordChange, type Actor } from "~/audit/public.server";
import { workScopeOf } from "~/network-map/public.server";
import { db, type Transaction } from "../../kit/db/db.server";
import { updateVersioned } from "../../kit/db/versioned-update.server";
import type { CurrentUser } from "../../kit/permissions/roles";
import { EditConflict, InvalidInput, NotFound } from "../../kit/validation/errors";
import { parseInput } from "../../kit/validation/fields";
import { answerInput, claimInput, closeInput, type RequestStatus } from "../inputs";
import { canHandleRequest } from "../permissions";
import { contactRequest } from "../schema.server";
import { isSecretTokenShaped, hashSecretToken } from "../../kit/secret-token.server";
import { citizenActor } from "./submit.server";
import { inviteToRate } from "~/feedback/public.server";
import type { Language } from "../../kit/i18n/languages";
import { satisfactionTokenOf } from "../satisfaction.server";

type Row = typeof contactRequest.$inferSelect;

/** Which states each step may start from: a step from any other is refused (400), a stale form first gets its 409. */
const allowedFrom: Record<"claim" | "answer" | "close" | "withdraw", readonly RequestStatus[]> = {
  claim: ["received", "handling"],
  answer: ["received", "handling"],
  close: ["received", "handling", "answered"],
  withdraw: ["received", "handling", "answered"],
};

/** Someone else changed the request since the form was loaded: named by the request's handler, at its latest step. */
function conflictOf(row: Row): EditConflict {
  const times = [row.claimedAt, row.answeredAt, row.closedAt].filter((t): t is Date => t !== null);
  const latest = times.length ? new Date(Math.max(...times.map((t) => t.getTime()))) : null;
  return new EditConflict(`contact request ${row.id}`, row.claimedByName, latest);
}

async function lockedRequest(tx: Transaction, id: string): Promise<Row> {
  const [row] = await tx.select().from(contactRequest).where(eq(contactRequest.id, id)).for("update");
  if (!row) throw new NotFound(`contact request ${id}`);
  return row;
}

/**
 * One step of a request's handling, by a member of its queue: checks the role and the version the
 * form was loaded with (a stale form is refused with 409 before the step is judged), then the state,
 * and records the step in the audit trail without the person's details.
 */
async function step(
  caller: CurrentUser,
  id: string,
  name: keyof typeof allowedFrom,
  version: number | undefined,
  values: (row: Row, now: Date) => Partial<Row>,
  now: Date,
  executor?: Transaction,
  after?: (tx: Transaction, row: Row) => Promise<void>,
): Promise<void> {
  const run = async (tx: Transaction) => {
    const scope = await workScopeOf(caller, tx);
    const row = await lockedRequest(tx, id);
    // Outsiders learn nothing, not even that the request exists.
    if (!canHandleRequest(scope, row)) throw new NotFound(`contact request ${id}`);
    if (version !== undefined && version !== row.version) throw conflictOf(row);
    if (!allowedFrom[name].includes(row.status as RequestStatus)) throw new InvalidInput([{ path: "status", key: "contactRequests.notNow" }]);
    const changed = values(row, now);
    await updateVersioned(tx, contactRequest, { id, version: row.version }, changed, async () => conflictOf(row));
    await audit(tx, actorOf(caller), row, name, changed);
    // Someone has taken the request up: the queue's "new request" notifications are done.
    await resolveNotifications(tx, { cause: receivedCause(id), reason: "contactRequestHandled" });
    await after?.(tx, row);
  };
  await (executor ? run(executor) : db().transaction(run));
}

/** The cause of the queue's "new contact request" notifications. */
export const receivedCause = (requestId: string) => notificationCause("contact-request", requestId);

async function audit(tx: Transaction, actor: Actor, row: Row, action: string, changed: Partial<Row>): Promise<void> {
  const shown = (r: Partial<Row>) => ({ status: r.status, claimedByName: r.claimedByName, answerChannel: r.answerChannel });
  await recordChange(tx, { actor, entityType: "contact_request", entityId: row.id, action, before: shown(row), after: shown({ ...row, ...changed }) });
}

const claimedBy = (caller: CurrentUser, now: Date) => ({ claimedBy: caller.id, claimedByName: caller.name || caller.email, claimedAt: now });

/** Takes the request: the queue sees who is handling it. Taking over from a colleague is allowed. */
export async function claimRequest(
  caller: CurrentUser,
  id: string,
  raw: { version?: string | number },
  now = new Date(),
  executor?: Transaction,
): Promise<void> {
  const { version } = parseInput(claimInput, raw);
  await step(caller, id, "claim", version, () => ({ status: "handling", ...claimedBy(caller, now) }), now, executor);
}

/** Records that the citizen was answered, and how. Answering an unclaimed request claims it too. */
export async function answerRequest(
  caller: CurrentUser,
  id: string,
  raw: { answerChannel: string; version?: string | number },
  now = new Date(),
  executor?: Transaction,
): Promise<void> {
  const input = parseInput(answerInput, raw);
  await step(
    caller,
    id,
    "answer",
    input.version,
    (row) => ({ status: "answered", answeredAt: now, answerChannel: input.answerChannel, ...(row.claimedBy ? {} : claimedBy(caller, now)) }),
    now,
    executor,
    // The satisfaction question opens with the answer; the follow-up page offers it (decision 0214).
    (tx, row) =>
      inviteToRate(
        tx,
        {
          kind: "contact_request",
          organizationId: row.organizationId,
          serviceId: row.serviceId,
          channel: input.answerChannel,
          language: row.pageLanguage as Language,
          token: satisfactionTokenOf(row.id),
        },
        now,
      ).then(() => undefined),
  );
}

/** Closes the request; its details are deleted the configured number of months later. */
export async function closeRequest(
  caller: CurrentUser,
  id: string,
  raw: { version?: string | number },
  now = new Date(),
  executor?: Transaction,
): Promise<void> {
  const { version } = parseInput(closeInput, raw);
  await step(caller, id, "close", version, () => ({ status: "closed", closedAt: now }), now, executor);
}

/** The citizen withdraws the request with the follow-up link; a second withdrawal changes nothing. */
export async function withdrawRequest(token: string, now = new Date()): Promise<void> {
  if (!isSecretTokenShaped(token)) throw new NotFound("contact request");
  await db().transaction(async (tx) => {
    const [row] = await tx
      .select()
      .from(contactRequest)
      .where(eq(contactRequest.tokenHash, hashSecretToken(token)))
      .for("update");
    if (!row) throw new NotFound("contact request");
    if (row.status === "withdrawn") return;
    if (!allowedFrom.withdraw.includes(row.status as RequestStatus)) throw new InvalidInput([{ path: "status", key: "contactRequests.notNow" }]);
    const changed = { status: "withdrawn", closedAt: now } as const;
    await updateVersioned(tx, contactRequest, { id: row.id }, changed, async () => conflictOf(row));
    await audit(tx, citizenActor, row, "withdraw", changed);
    await resolveNotifications(tx, { cause: receivedCause(row.id), reason: "contactRequestWithdrawn" });
  });
}
