import { eq } from "drizzle-orm";
import type { CurrentUser } from "../../kit/permissions/roles";
import { editConflict, recordChange } from "~/audit/public.server";
import { updateVersioned } from "../../kit/db/versioned-update.server";
import { db, type Transaction } from "../../kit/db/db.server";
import { parseInput } from "../../kit/validation/fields";
import { actorOf, checkCodes, organizationScope, pick } from "~/network-map/public.server";
import { NotFound, requirePermission, throwIfIssues } from "../../kit/validation/errors";
import { offeringInput, type OfferingInput, type ParsedOffering } from "../inputs";
import { canManageOfferings } from "../permissions";
import { offering } from "../schema.server";
import { refreshOfferingSearch } from "../search-index.server";

function offeringValues(input: ParsedOffering) {
  return {
    organizationId: input.organizationId,
    name: input.name,
    description: input.description,
    educationType: input.educationType,
    fieldCode: input.fieldCode,
    teachingLanguages: input.teachingLanguages,
    teachingMethod: input.teachingMethod,
    municipalityCode: input.municipalityCode,
    startDate: input.startDate ?? null,
    personalStart: input.personalStart,
    durationValue: input.durationValue ?? null,
    durationUnit: input.durationUnit ?? null,
    price: input.price,
    costDescription: input.costDescription,
    applicationStart: input.applicationStart ?? null,
    applicationEnd: input.applicationEnd ?? null,
    fundingForms: input.fundingForms,
    targetGroups: input.targetGroups,
    website: input.website ?? null,
    applicationUrl: input.applicationUrl ?? null,
  };
}

/** The caller may keep offerings of the input's organisation, and its codes exist. */
async function prepare(tx: Transaction, caller: CurrentUser, input: ParsedOffering) {
  const scope = await organizationScope(tx, input.organizationId);
  if (!scope) throw new NotFound(`organization ${input.organizationId}`);
  requirePermission(canManageOfferings(caller, scope), `manage offerings of ${input.organizationId}`);
  throwIfIssues(await checkCodes(tx, [{ path: "municipalityCode", table: "municipality", values: [input.municipalityCode] }]));
}

export async function createOffering(caller: CurrentUser, rawInput: OfferingInput, executor?: Transaction): Promise<string> {
  const input = parseInput(offeringInput, rawInput);
  const run = async (tx: Transaction) => {
    await prepare(tx, caller, input);
    const row = offeringValues(input);
    const [created] = await tx.insert(offering).values(row).returning({ id: offering.id });
    await recordChange(tx, { actor: actorOf(caller), entityType: "offering", entityId: created.id, action: "create", before: null, after: row });
    await refreshOfferingSearch(tx, created.id);
    return created.id;
  };
  return executor ? run(executor) : db().transaction(run);
}

export async function updateOffering(caller: CurrentUser, id: string, rawInput: OfferingInput, executor?: Transaction): Promise<void> {
  const input = parseInput(offeringInput, rawInput);
  const run = async (tx: Transaction) => {
    const [before] = await tx.select().from(offering).where(eq(offering.id, id)).for("update");
    if (!before) throw new NotFound(`offering ${id}`);
    // Both the current and (when moving it) the new organisation must be the caller's to keep.
    const beforeScope = await organizationScope(tx, before.organizationId);
    requirePermission(!!beforeScope && canManageOfferings(caller, beforeScope), `update offering ${id}`);
    await prepare(tx, caller, input);
    const row = offeringValues(input);
    await updateVersioned(tx, offering, { id, version: input.version }, { ...row, updatedAt: new Date() }, () =>
      editConflict(tx, "offering", [id], `offering ${id}`),
    );
    await recordChange(tx, {
      actor: actorOf(caller),
      entityType: "offering",
      entityId: id,
      action: "update",
      before: pick(before, Object.keys(row)),
      after: row,
    });
    await refreshOfferingSearch(tx, id);
  };
  await (executor ? run(executor) : db().transaction(run));
}

export async function deleteOffering(caller: CurrentUser, id: string): Promise<void> {
  await db().transaction(async (tx) => {
    const [before] = await tx.select().from(offering).where(eq(offering.id, id));
    if (!before) throw new NotFound(`offering ${id}`);
    const scope = await organizationScope(tx, before.organizationId);
    requirePermission(!!scope && canManageOfferings(caller, scope), `delete offering ${id}`);
    // The search document goes with the offering (on delete cascade).
    await tx.delete(offering).where(eq(offering.id, id));
    await recordChange(tx, { actor: actorOf(caller), entityType: "offering", entityId: id, action: "delete", before, after: null });
  });
}
