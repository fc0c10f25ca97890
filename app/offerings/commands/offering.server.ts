import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import type { CurrentUser } from "../../kit/permissions/roles";
import { editConflict, recordChange, recordChanges } from "~/audit/public.server";
import { updateVersioned } from "../../kit/db/versioned-update.server";
import { db, type Transaction } from "../../kit/db/db.server";
import { parseInput, tryParseInput } from "../../kit/validation/fields";
import { actorOf, lookups, organizationScope, pick, type CreateOutcome, type Lookups } from "~/network-map/public.server";
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
async function prepare(caller: CurrentUser, input: ParsedOffering, known: Lookups) {
  const scope = await known.scope(input.organizationId);
  if (!scope) throw new NotFound(`organization ${input.organizationId}`);
  requirePermission(canManageOfferings(caller, scope), `manage offerings of ${input.organizationId}`);
  throwIfIssues(await known.checkCodes([{ path: "municipalityCode", table: "municipality", values: [input.municipalityCode] }]));
}

export async function createOffering(caller: CurrentUser, rawInput: OfferingInput, executor?: Transaction): Promise<string> {
  const run = async (tx: Transaction) => {
    const [outcome] = await createOfferings(caller, [rawInput], tx);
    if (!outcome.ok) throw outcome.error;
    return outcome.id;
  };
  return executor ? run(executor) : db().transaction(run);
}

/**
 * Creates many offerings (a CSV import's new rows) with the rules of createOffering, each input
 * checked on its own, the good ones written in one statement with one audit event each.
 */
export async function createOfferings(caller: CurrentUser, rawInputs: OfferingInput[], tx: Transaction): Promise<CreateOutcome[]> {
  const known = lookups(tx);
  const parsed = rawInputs.map((raw) => tryParseInput(offeringInput, raw));
  await known.preloadCodes(
    "municipality",
    parsed.flatMap((p) => (p.ok ? [p.input.municipalityCode] : [])),
  );
  const outcomes: CreateOutcome[] = [];
  const rows: ({ id: string } & ReturnType<typeof offeringValues>)[] = [];
  for (const p of parsed) {
    if (!p.ok) {
      outcomes.push(p);
      continue;
    }
    try {
      await prepare(caller, p.input, known);
      const id = randomUUID();
      rows.push({ id, ...offeringValues(p.input) });
      outcomes.push({ ok: true, id });
    } catch (error) {
      outcomes.push({ ok: false, error });
    }
  }
  if (rows.length === 0) return outcomes;
  await tx.insert(offering).values(rows);
  await recordChanges(
    tx,
    rows.map(({ id, ...row }) => ({ actor: actorOf(caller), entityType: "offering", entityId: id, action: "create", before: null, after: row })),
  );
  for (const row of rows) await refreshOfferingSearch(tx, row.id);
  return outcomes;
}

export async function updateOffering(caller: CurrentUser, id: string, rawInput: OfferingInput, executor?: Transaction): Promise<void> {
  const input = parseInput(offeringInput, rawInput);
  const run = async (tx: Transaction) => {
    const [before] = await tx.select().from(offering).where(eq(offering.id, id)).for("update");
    if (!before) throw new NotFound(`offering ${id}`);
    // Both the current and (when moving it) the new organisation must be the caller's to keep.
    const beforeScope = await organizationScope(tx, before.organizationId);
    requirePermission(!!beforeScope && canManageOfferings(caller, beforeScope), `update offering ${id}`);
    await prepare(caller, input, lookups(tx));
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
