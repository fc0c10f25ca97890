import { and, desc, eq, max, sql } from "drizzle-orm";
import { roleAssignment } from "~/accounts/public.server";
import type { CurrentUser } from "../../kit/permissions/roles";
import { recordChange } from "~/audit/public.server";
import { db } from "../../kit/db/db.server";
import { parseInput } from "../../kit/validation/fields";
import { notify } from "~/notifications/public.server";
import { actorOf, checkCodes, networkMembership } from "~/network-map/public.server";
import { NotFound, requirePermission, throwIfIssues } from "../../kit/validation/errors";
import { agreementInput, type AgreementInput } from "../inputs";
import { acceptanceCapacity, canPublishAgreement } from "../permissions";
import { agreementAcceptance, agreementVersion } from "../schema.server";
import type { Transaction } from "./shared.server";

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
    await notify(
      tx,
      recipients.map((r) => r.userId),
      { kind: "agreement.published", messageKey: "agreement.mail.subject", values: { version }, link: "/work/agreement" },
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
    if (inserted.length)
      await recordChange(tx, {
        actor: actorOf(caller),
        entityType: "agreement_acceptance",
        entityId: organizationId,
        action: "accept",
        before: null,
        after: { ...row, version: version.version },
      });
  };
  await (executor ? run(executor) : db().transaction(run));
}
