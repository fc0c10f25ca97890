import { eq, inArray } from "drizzle-orm";
import type { CurrentUser } from "../../kit/permissions/roles";
import { editConflict, recordChange } from "~/audit/public.server";
import { updateVersioned } from "../../kit/db/versioned-update.server";
import { db } from "../../kit/db/db.server";
import { parseInput } from "../../kit/validation/fields";
import { type Issue, NotFound, requirePermission, throwIfIssues } from "../../kit/validation/errors";
import { actorOf, checkCodes } from "~/network-map/public.server";
import { municipality } from "~/reference/public.server";
import { groupInput, type GroupInput } from "../inputs";
import { canManageGroups } from "../permissions";
import { networkGroup } from "../schema.server";
import type { Transaction } from "./shared.server";

type Parsed = ReturnType<typeof groupInput.parse>;

const values = (input: Parsed) => ({
  regionCode: input.regionCode,
  type: input.type,
  name: input.name,
  description: input.description,
  parentId: input.parentId ?? null,
  municipalityCodes: input.municipalityCodes,
  endsOn: input.endsOn ?? null,
});

async function checkReferences(tx: Transaction, input: Parsed, selfId?: string) {
  const issues: Issue[] = await checkCodes(tx, [
    { path: "regionCode", table: "region", values: [input.regionCode] },
    { path: "municipalityCodes", table: "municipality", values: input.municipalityCodes },
  ]);
  if (input.municipalityCodes.length) {
    // An area group's municipalities lie in the group's own region.
    const rows = await tx
      .select({ code: municipality.code, regionCode: municipality.regionCode })
      .from(municipality)
      .where(inArray(municipality.code, input.municipalityCodes));
    for (const row of rows)
      if (row.regionCode !== input.regionCode)
        issues.push({ path: "municipalityCodes", key: "governance.validation.municipalityOutsideRegion", values: { value: row.code } });
  }
  if (input.parentId) {
    const [parent] = await tx
      .select({ id: networkGroup.id, regionCode: networkGroup.regionCode, parentId: networkGroup.parentId })
      .from(networkGroup)
      .where(eq(networkGroup.id, input.parentId));
    if (!parent || parent.regionCode !== input.regionCode || input.parentId === selfId)
      issues.push({ path: "parentId", key: "validation.unknownCode", values: { value: input.parentId } });
    else if (selfId && (await isDescendant(tx, input.parentId, selfId))) issues.push({ path: "parentId", key: "governance.validation.parentCycle" });
  }
  throwIfIssues(issues);
}

/** Whether `candidate` lies below `ancestor` in the group tree (a parent there would make a loop). */
async function isDescendant(tx: Transaction, candidate: string, ancestor: string): Promise<boolean> {
  let current: string | null = candidate;
  for (let depth = 0; current && depth < 50; depth++) {
    if (current === ancestor) return true;
    const [row]: { parentId: string | null }[] = await tx.select({ parentId: networkGroup.parentId }).from(networkGroup).where(eq(networkGroup.id, current));
    current = row?.parentId ?? null;
  }
  return false;
}

/** Creates a group; with `executor`, inside the caller's transaction. */
export async function createGroup(caller: CurrentUser, raw: GroupInput, executor?: Transaction): Promise<string> {
  const input = parseInput(groupInput, raw);
  requirePermission(canManageGroups(caller, input.regionCode), `create group in ${input.regionCode}`);
  const run = async (tx: Transaction) => {
    await checkReferences(tx, input);
    const [created] = await tx.insert(networkGroup).values(values(input)).returning({ id: networkGroup.id });
    await recordChange(tx, { actor: actorOf(caller), entityType: "network_group", entityId: created.id, action: "create", before: null, after: values(input) });
    return created.id;
  };
  return executor ? run(executor) : db().transaction(run);
}

/** Edits a group; its region cannot move (its members belong to that region's network). */
export async function updateGroup(caller: CurrentUser, id: string, raw: GroupInput): Promise<void> {
  const input = parseInput(groupInput, raw);
  await db().transaction(async (tx) => {
    const [before] = await tx.select().from(networkGroup).where(eq(networkGroup.id, id)).for("update");
    if (!before) throw new NotFound(`group ${id}`);
    requirePermission(canManageGroups(caller, before.regionCode), `update group ${id}`);
    if (input.regionCode !== before.regionCode) throwIfIssues([{ path: "regionCode", key: "validation.invalid" }]);
    await checkReferences(tx, input, id);
    await updateVersioned(tx, networkGroup, { id, version: input.version }, { ...values(input), updatedAt: new Date() }, () =>
      editConflict(tx, "network_group", [id], `group ${id}`),
    );
    const { createdAt: _c, updatedAt: _u, id: _i, version: _v, ...old } = before;
    await recordChange(tx, { actor: actorOf(caller), entityType: "network_group", entityId: id, action: "update", before: old, after: values(input) });
  });
}
