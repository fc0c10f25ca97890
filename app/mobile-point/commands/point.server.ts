import { eq } from "drizzle-orm";
import { editConflict } from "~/audit/public.server";
import { updateVersioned } from "../../kit/db/versioned-update.server";
import type { CurrentUser } from "../../kit/permissions/roles";
import { requirePermission } from "../../kit/validation/errors";
import { parseInput } from "../../kit/validation/fields";
import { mobilePointInput, type MobilePointInput } from "../inputs";
import { canCreateMobilePoint, canManageMobilePoint, mayPlaceInRegions } from "../permissions";
import { mobilePoint, mobilePointOrganization } from "../schema.server";
import { audited, checkReferences, inTransaction, ownNetworkRegions, pointScope, type Transaction } from "./shared.server";

type Parsed = ReturnType<typeof mobilePointInput.parse>;
const stored = (input: Parsed) => ({ name: input.name, description: input.description, kind: input.kind, regionCodes: input.regionCodes });

/** Adds a mobile point with its staff organisations. */
export async function createMobilePoint(caller: CurrentUser, raw: MobilePointInput, executor?: Transaction): Promise<string> {
  const input = parseInput(mobilePointInput, raw);
  return inTransaction(executor, async (tx) => {
    const scope = { regionCodes: input.regionCodes, organizationIds: input.organizationIds };
    requirePermission(canCreateMobilePoint(caller, scope, await ownNetworkRegions(tx, caller)), "create a mobile point");
    await checkReferences(tx, input);
    const [created] = await tx.insert(mobilePoint).values(stored(input)).returning({ id: mobilePoint.id });
    await tx.insert(mobilePointOrganization).values(input.organizationIds.map((organizationId) => ({ pointId: created.id, organizationId })));
    await audited(tx, caller, "mobile_point", created.id, "create", null, { ...stored(input), organizationIds: input.organizationIds });
    return created.id;
  });
}

/**
 * Changes a point, if it still has the version the form was loaded with. Regions added must be
 * the caller's to place it in, and the caller must still keep the point afterwards, so that nobody
 * gives a point away by mistake.
 */
export async function updateMobilePoint(caller: CurrentUser, id: string, raw: MobilePointInput, executor?: Transaction): Promise<number> {
  const input = parseInput(mobilePointInput, raw);
  return inTransaction(executor, async (tx) => {
    const scope = await pointScope(tx, id);
    requirePermission(canManageMobilePoint(caller, scope), `update mobile point ${id}`);
    const added = input.regionCodes.filter((r) => !scope.regionCodes.includes(r));
    const after = { regionCodes: input.regionCodes, organizationIds: input.organizationIds };
    requirePermission(
      mayPlaceInRegions(caller, added, await ownNetworkRegions(tx, caller)) && canManageMobilePoint(caller, after),
      `move mobile point ${id} out of the caller's reach`,
    );
    await checkReferences(tx, input);
    const [before] = await tx.select().from(mobilePoint).where(eq(mobilePoint.id, id));
    const version = await updateVersioned(tx, mobilePoint, { id, version: input.version }, { ...stored(input), updatedAt: new Date() }, () =>
      editConflict(tx, "mobile_point", [id], `mobile point ${id}`),
    );
    await tx.delete(mobilePointOrganization).where(eq(mobilePointOrganization.pointId, id));
    await tx.insert(mobilePointOrganization).values(input.organizationIds.map((organizationId) => ({ pointId: id, organizationId })));
    await audited(
      tx,
      caller,
      "mobile_point",
      id,
      "update",
      { name: before.name, description: before.description, kind: before.kind, regionCodes: before.regionCodes, organizationIds: scope.organizationIds },
      { ...stored(input), organizationIds: input.organizationIds },
    );
    return version;
  });
}
