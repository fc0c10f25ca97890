import { and, eq, sql } from "drizzle-orm";
import { staffUserIds } from "~/accounts/public.server";
import { actorOf, recordChange } from "~/audit/public.server";
import { organization, service, workScopeOf } from "~/network-map/public.server";
import { notificationCause, notify, resolveNotifications } from "~/notifications/public.server";
import { addDays, todayInFinland } from "../../kit/dates/calendar";
import { db, type Transaction } from "../../kit/db/db.server";
import { updateVersioned } from "../../kit/db/versioned-update.server";
import type { CurrentUser } from "../../kit/permissions/roles";
import { EditConflict, InvalidInput, NotFound, requirePermission } from "../../kit/validation/errors";
import { parseInput } from "../../kit/validation/fields";
import { maxConsentDays, outcomeInput, referralInput, responseInput, type ReferralInput, type ReferralStatus } from "../inputs";
import { canAnswerReferral, canReferFrom, canSeeReferral } from "../permissions";
import { referral } from "../schema.server";
import { queueReferralSatisfaction } from "./satisfaction-mail.server";

type Row = typeof referral.$inferSelect;

/** What the audit trail keeps of a referral: its course, never the client's details. */
const shown = (r: Partial<Row>) => ({ status: r.status, outcome: r.outcome, sharedFields: r.sharedFields, consentUntil: r.consentUntil });

/**
 * A practitioner refers a client to another organisation's service, with the client's consent:
 * what is shared, why and until when. Only the fields the client agreed to share are stored. The
 * receiving organisation's people are told. Returns the new referral's id.
 */
export async function createReferral(caller: CurrentUser, raw: ReferralInput, now = new Date(), executor?: Transaction): Promise<string> {
  const input = parseInput(referralInput, raw);
  const run = async (tx: Transaction) => {
    const scope = await workScopeOf(caller, tx);
    requirePermission(canReferFrom(scope, input.fromOrganizationId), `refer from ${input.fromOrganizationId}`);
    const today = todayInFinland(now);
    if (input.consentUntil < today || input.consentUntil > addDays(today, maxConsentDays))
      throw new InvalidInput([{ path: "consentUntil", key: "referrals.consentUntilRange", values: { days: maxConsentDays } }]);
    const [target] = await tx
      .select({ organizationId: service.organizationId, name: service.name, status: service.status })
      .from(service)
      .where(eq(service.id, input.serviceId));
    if (!target || target.status === "defunct") throw new InvalidInput([{ path: "serviceId", key: "referrals.chooseService" }]);
    if (target.organizationId === input.fromOrganizationId) throw new InvalidInput([{ path: "serviceId", key: "referrals.ownService" }]);
    const shared = new Set(input.sharedFields);
    const only = <T>(field: (typeof input.sharedFields)[number], value: T | undefined) => (shared.has(field) ? (value ?? null) : null);
    const [row] = await tx
      .insert(referral)
      .values({
        fromOrganizationId: input.fromOrganizationId,
        toOrganizationId: target.organizationId,
        serviceId: input.serviceId,
        referredBy: caller.id,
        referredByName: caller.name || caller.email,
        sharedFields: [...shared].sort(),
        purpose: input.purpose,
        consentUntil: input.consentUntil,
        consentRecordedAt: now,
        clientName: only("name", input.clientName),
        clientPhone: only("phone", input.clientPhone),
        clientEmail: only("email", input.clientEmail),
        clientLanguage: only("language", input.clientLanguage),
        background: only("background", input.background),
        createdAt: now,
      })
      .returning();
    await recordChange(tx, { actor: actorOf(caller), entityType: "referral", entityId: row.id, action: "create", before: null, after: shown(row) });
    await notify(tx, await staffUserIds(tx, { organizationIds: [target.organizationId] }), {
      kind: "referral.received",
      messageKey: "referrals.notification.received",
      values: { service: target.name },
      link: `/work/referrals/${row.id}`,
      cause: notificationCause("referral", row.id),
    });
    return row.id;
  };
  return executor ? run(executor) : db().transaction(run);
}

function conflictOf(row: Row): EditConflict {
  const latest = [row.closedAt, row.respondedAt].find((t) => t !== null) ?? null;
  return new EditConflict(`referral ${row.id}`, row.handledByName, latest);
}

/** One answer of the receiving organisation: role, version (409 for a stale form), then state; audited and told to the referrer. */
async function answer(
  caller: CurrentUser,
  id: string,
  version: number | undefined,
  from: ReferralStatus,
  values: Partial<Row>,
  action: "accept" | "decline" | "outcome",
  executor?: Transaction,
  after?: (tx: Transaction, row: Row) => Promise<void>,
) {
  const run = async (tx: Transaction) => {
    const scope = await workScopeOf(caller, tx);
    const [row] = await tx.select().from(referral).where(eq(referral.id, id)).for("update");
    if (!row || !canSeeReferral(scope, row)) throw new NotFound(`referral ${id}`);
    requirePermission(canAnswerReferral(scope, row), `answer referral ${id}`);
    if (version !== undefined && version !== row.version) throw conflictOf(row);
    if (row.status !== from) throw new InvalidInput([{ path: "status", key: "referrals.notNow" }]);
    const changed = { ...values, handledByName: caller.name || caller.email };
    await updateVersioned(tx, referral, { id, version: row.version }, changed, async () => conflictOf(row));
    await recordChange(tx, { actor: actorOf(caller), entityType: "referral", entityId: id, action, before: shown(row), after: shown({ ...row, ...changed }) });
    if (action !== "outcome") await resolveNotifications(tx, { cause: notificationCause("referral", id), reason: "referralAnswered" });
    await notify(tx, [row.referredBy], {
      kind: `referral.${action}`,
      messageKey: `referrals.notification.${action}`,
      values: {},
      link: `/work/referrals/${id}`,
    });
    await after?.(tx, row);
  };
  await (executor ? run(executor) : db().transaction(run));
}

/** The receiving organisation accepts the referral, or declines it with a reason (which closes it). */
export async function respondToReferral(
  caller: CurrentUser,
  id: string,
  raw: { decision: string; declineReason?: string; version?: string | number },
  now = new Date(),
  executor?: Transaction,
) {
  const input = parseInput(responseInput, raw);
  const values: Partial<Row> =
    input.decision === "accept"
      ? { status: "accepted", respondedAt: now }
      : { status: "declined", respondedAt: now, closedAt: now, declineReason: input.declineReason ?? null };
  await answer(caller, id, input.version, "sent", values, input.decision, executor);
}

/** What came of an accepted referral: the client was contacted, a time was booked, … — which completes it. */
export async function recordOutcome(
  caller: CurrentUser,
  id: string,
  raw: { outcome: string; version?: string | number },
  now = new Date(),
  executor?: Transaction,
) {
  const input = parseInput(outcomeInput, raw);
  await answer(caller, id, input.version, "accepted", { status: "completed", outcome: input.outcome, closedAt: now }, "outcome", executor, async (tx, row) => {
    const [names] = await tx
      .select({ organizationName: organization.name, serviceName: service.name })
      .from(organization)
      .leftJoin(service, and(eq(service.id, row.serviceId ?? sql`null`), eq(service.organizationId, organization.id)))
      .where(eq(organization.id, row.toOrganizationId));
    await queueReferralSatisfaction(tx, row, names?.serviceName ?? null, names?.organizationName ?? {}, now);
  });
}
