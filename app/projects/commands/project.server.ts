import { eq } from "drizzle-orm";
import { editConflict } from "~/audit/public.server";
import { updateVersioned } from "../../kit/db/versioned-update.server";
import type { CurrentUser } from "../../kit/permissions/roles";
import { requirePermission } from "../../kit/validation/errors";
import { parseInput } from "../../kit/validation/fields";
import { projectInput, type ParsedProject, type ProjectInput } from "../inputs";
import { canCreateProject, canManageProject, mayPlaceInRegions } from "../permissions";
import { developmentProject, developmentProjectPartner } from "../schema.server";
import { audited, checkCodeFree, checkReferences, inTransaction, ownNetworkRegions, projectScope, type Transaction } from "./shared.server";

const stored = (input: ParsedProject) => ({
  code: input.code,
  name: input.name,
  summary: input.summary,
  funder: input.funder,
  programme: input.programme ?? "",
  startsOn: input.startsOn,
  endsOn: input.endsOn,
  budgetCents: input.budget ?? null,
  realisedCents: input.realised ?? null,
  regionCodes: input.regionCodes,
  targetGroups: input.targetGroups,
  indicators: input.indicators,
  outputs: input.outputs ?? "",
  planActionIds: input.planActionIds,
  homepage: input.homepage ?? null,
});

/** Adds a project card with its partner organisations. */
export async function createProject(caller: CurrentUser, raw: ProjectInput, executor?: Transaction): Promise<string> {
  const input = parseInput(projectInput, raw);
  return inTransaction(executor, async (tx) => {
    const scope = { regionCodes: input.regionCodes, organizationIds: input.organizationIds };
    requirePermission(canCreateProject(caller, scope, await ownNetworkRegions(tx, caller)), "create a project card");
    await checkReferences(tx, input);
    await checkCodeFree(tx, input.code);
    const [created] = await tx.insert(developmentProject).values(stored(input)).returning({ id: developmentProject.id });
    await tx.insert(developmentProjectPartner).values(input.organizationIds.map((organizationId) => ({ projectId: created.id, organizationId })));
    await audited(tx, caller, created.id, "create", null, { ...stored(input), organizationIds: input.organizationIds });
    return created.id;
  });
}

/**
 * Changes a card, if it still has the version the form was loaded with (else 409). Regions added must
 * be the caller's to place it in, and the caller must still keep the card afterwards, so that nobody
 * gives a card away by mistake.
 */
export async function updateProject(caller: CurrentUser, id: string, raw: ProjectInput, executor?: Transaction): Promise<number> {
  const input = parseInput(projectInput, raw);
  return inTransaction(executor, async (tx) => {
    const scope = await projectScope(tx, id);
    requirePermission(canManageProject(caller, scope), `update project ${id}`);
    const added = input.regionCodes.filter((r) => !scope.regionCodes.includes(r));
    const after = { regionCodes: input.regionCodes, organizationIds: input.organizationIds };
    requirePermission(
      mayPlaceInRegions(caller, added, await ownNetworkRegions(tx, caller)) && canManageProject(caller, after),
      `move project ${id} out of the caller's reach`,
    );
    await checkReferences(tx, input);
    await checkCodeFree(tx, input.code, id);
    const [before] = await tx.select().from(developmentProject).where(eq(developmentProject.id, id));
    const version = await updateVersioned(tx, developmentProject, { id, version: input.version }, { ...stored(input), updatedAt: new Date() }, () =>
      editConflict(tx, "development_project", [id], `project ${id}`),
    );
    await tx.delete(developmentProjectPartner).where(eq(developmentProjectPartner.projectId, id));
    await tx.insert(developmentProjectPartner).values(input.organizationIds.map((organizationId) => ({ projectId: id, organizationId })));
    const { id: _id, version: _version, createdAt: _created, updatedAt: _updated, ...previous } = before;
    await audited(
      tx,
      caller,
      id,
      "update",
      { ...previous, organizationIds: scope.organizationIds },
      { ...stored(input), organizationIds: input.organizationIds },
    );
    return version;
  });
}
