import { and, desc, eq, isNull, max, sql } from "drizzle-orm";
import { roleAssignment } from "~/accounts/public.server";
import type { CurrentUser } from "../../kit/permissions/roles";
import { recordChange } from "~/audit/public.server";
import { db } from "../../kit/db/db.server";
import { parseInput } from "../../kit/validation/fields";
import { notificationCause, notify, resolveNotifications } from "~/notifications/public.server";
import { actorOf, checkCodes, networkMembership } from "~/network-map/public.server";
import { NotFound, requirePermission, throwIfIssues } from "../../kit/validation/errors";
import { agreementInput, type AgreementInput } from "../inputs";
import { acceptanceCapacity, canPublishAgreement } from "../permissions";
import { agreementAcceptance, agreementVersion } from "../schema.server";
import type { Transaction } from "./shared.server";

/** The cause of a request to accept the region's agreement (the publication and the reminders). */
export const acceptanceCause = (regionCode: string) => notificationCause("agreement-acceptance", regionCode);
/** The cause of the coordinators' summary of organisations that have not accepted. */
export const acceptanceSummaryCause = (regionCode: string) => notificationCause("agreement-acceptance-summary", regionCode);
/** The cause of the reminder that the region's agreement expires. */
export const expiryCause = (regionCode: string) => notificationCause("agreement-expiry", regionCode);
const agreementCauses = (regionCode: string) => [acceptanceCause(regionCode), acceptanceSummaryCause(regionCode), expiryCause(regionCode)];

/**
 * Publishes a new version of the region's partnership agreement. Acceptances are per version, so
 * every member organisation is asked again: their contact persons get a notification and its e-mail
 * copy, written in the same transaction and delivered after it commits.
 */
export async function publishAgreement(caller: CurrentUser, raw: AgreementInput, executor?: Transaction): Promise<{ id: string; version: number }> {
  const input = parseInput(agreementInput, raw);
  requirePermission(canPublishAgreement(caller, input.regionCode), `publish agreement in ${input.regionCode}`);
  const run = async (tx: Transaction) => {
    throwIfIssues(await checkCodes(tx, [{ path: "regionCode", table: "region", values: [input.regionCode] }]));
    // Serialises publishing per region so that two versions cannot get the same number.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`agreement:${input.regionCode}`}))`);
    const [{ latest }] = await tx
      .select({ latest: max(agreementVersion.version) })
      .from(agreementVersion)
      .where(eq(agreementVersion.regionCode, input.regionCode));
    const version = (latest ?? 0) + 1;
    const row = { regionCode: input.regionCode, version, body: input.body, expiresOn: input.expiresOn ?? null, publishedBy: actorOf(caller).name };
    const [created] = await tx.insert(agreementVersion).values(row).returning({ id: agreementVersion.id });
    await recordChange(tx, { actor: actorOf(caller), entityType: "agreement_version", entityId: created.id, action: "create", before: null, after: row });
    // Acceptances are per version: the contact persons of every member organisation must accept again.
    const recipients = await tx
      .selectDistinct({ userId: roleAssignment.userId })
      .from(roleAssignment)
      .innerJoin(networkMembership, eq(networkMembership.organizationId, roleAssignment.organizationId))
      .where(and(eq(roleAssignment.role, "contact_person"), eq(networkMembership.regionCode, input.regionCode)));
    // The earlier version's requests and reminders are moot now: the new version is the one to accept.
    for (const cause of agreementCauses(input.regionCode)) await resolveNotifications(tx, { cause, reason: "agreementRenewed" });
    await notify(
      tx,
      recipients.map((r) => r.userId),
      {
        kind: "agreement.published",
        messageKey: "agreement.mail.subject",
        values: { version },
        link: "/work/agreement",
        cause: acceptanceCause(input.regionCode),
      },
    );
    return { id: created.id, version };
  };
  return executor ? run(executor) : db().transaction(run);
}

/** The organisation accepts the region's current version; accepting twice keeps the first record. */
export async function acceptAgreement(caller: CurrentUser, organizationId: string, versionId: string, executor?: Transaction): Promise<void> {
  const run = async (tx: Transaction) => {
    const [version] = await tx.select().from(agreementVersion).where(eq(agreementVersion.id, versionId));
    if (!version) throw new NotFound(`agreement version ${versionId}`);
    const capacity = acceptanceCapacity(caller, organizationId, version.regionCode);
    requirePermission(capacity !== null, `accept agreement for ${organizationId}`);
    const [current] = await tx
      .select({ id: agreementVersion.id })
      .from(agreementVersion)
      .where(eq(agreementVersion.regionCode, version.regionCode))
      .orderBy(desc(agreementVersion.version))
      .limit(1);
    if (current.id !== versionId) throwIfIssues([{ path: "versionId", key: "agreement.validation.notCurrent" }]);
    const member = await tx
      .select({ id: networkMembership.organizationId })
      .from(networkMembership)
      .where(and(eq(networkMembership.organizationId, organizationId), eq(networkMembership.regionCode, version.regionCode)));
    if (member.length === 0) throwIfIssues([{ path: "organizationId", key: "governance.validation.notInNetwork" }]);
    const row = {
      versionId,
      organizationId,
      acceptedByUserId: caller.id === "system" ? null : caller.id,
      acceptedByName: actorOf(caller).name,
      onBehalf: capacity === "onBehalf",
    };
    const inserted = await tx.insert(agreementAcceptance).values(row).onConflictDoNothing().returning({ at: agreementAcceptance.acceptedAt });
    if (inserted.length) {
      // The organisation's own requests to accept are done; other organisations' stay open.
      const contacts = await tx
        .select({ userId: roleAssignment.userId })
        .from(roleAssignment)
        .where(and(eq(roleAssignment.role, "contact_person"), eq(roleAssignment.organizationId, organizationId)));
      await resolveNotifications(tx, {
        cause: acceptanceCause(version.regionCode),
        reason: "agreementAccepted",
        recipients: [...contacts.map((c) => c.userId), caller.id],
      });
      // The coordinators' summary is done when the last member organisation has accepted.
      const [{ waiting }] = await tx
        .select({ waiting: sql<number>`count(*)::int` })
        .from(networkMembership)
        .leftJoin(
          agreementAcceptance,
          and(eq(agreementAcceptance.organizationId, networkMembership.organizationId), eq(agreementAcceptance.versionId, versionId)),
        )
        .where(and(eq(networkMembership.regionCode, version.regionCode), isNull(agreementAcceptance.versionId)));
      if (waiting === 0) await resolveNotifications(tx, { cause: acceptanceSummaryCause(version.regionCode), reason: "agreementAccepted" });
      await recordChange(tx, {
        actor: actorOf(caller),
        entityType: "agreement_acceptance",
        entityId: organizationId,
        action: "accept",
        before: null,
        after: { ...row, version: version.version },
      });
    }
  };
  await (executor ? run(executor) : db().transaction(run));
}
