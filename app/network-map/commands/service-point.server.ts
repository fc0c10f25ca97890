import { eq } from "drizzle-orm";
import { updateVersioned } from "../../kit/db/versioned-update.server";
import type { CurrentUser } from "../../kit/permissions/roles";
import { editConflict, recordChange } from "~/audit/public.server";
import { db, type Transaction } from "../../kit/db/db.server";
import { parseInput } from "../../kit/validation/fields";
import { postalCode } from "~/reference/public.server";
import { servicePointInput, type ServicePointInput } from "../inputs";
import { canManageOrganization } from "../permissions";
import { servicePoint } from "../schema.server";
import { refreshOrganizationSearch } from "../search-index.server";
import { actorOf, checkCodes, organizationScope } from "./shared.server";
import { NotFound, requirePermission, throwIfIssues } from "../../kit/validation/errors";
import { pick } from "./organization.server";

async function values(tx: Transaction, input: ReturnType<typeof servicePointInput.parse>) {
  throwIfIssues(await checkCodes(tx, [{ path: "postalCode", table: "postal_code", values: [input.postalCode] }]));
  // The postal code decides the municipality, so the two can never disagree.
  const [{ municipalityCode }] = await tx
    .select({ municipalityCode: postalCode.municipalityCode })
    .from(postalCode)
    .where(eq(postalCode.code, input.postalCode));
  return {
    organizationId: input.organizationId,
    name: input.name,
    streetAddress: input.streetAddress,
    postalCode: input.postalCode,
    municipalityCode,
    latitude: input.latitude ?? null,
    longitude: input.longitude ?? null,
    openingHours: input.openingHours,
    accessibility: input.accessibility,
  };
}

async function authorize(tx: Transaction, caller: CurrentUser, organizationId: string) {
  const scope = await organizationScope(tx, organizationId);
  if (!scope) throw new NotFound(`organization ${organizationId}`);
  requirePermission(canManageOrganization(caller, scope), `manage service points of ${organizationId}`);
}

export async function createServicePoint(caller: CurrentUser, rawInput: ServicePointInput, executor?: Transaction): Promise<string> {
  const input = parseInput(servicePointInput, rawInput);
  const run = async (tx: Transaction) => {
    await authorize(tx, caller, input.organizationId);
    const row = await values(tx, input);
    const [created] = await tx.insert(servicePoint).values(row).returning({ id: servicePoint.id });
    await recordChange(tx, { actor: actorOf(caller), entityType: "service_point", entityId: created.id, action: "create", before: null, after: row });
    await refreshOrganizationSearch(tx, input.organizationId);
    return created.id;
  };
  return executor ? run(executor) : db().transaction(run);
}

export async function updateServicePoint(caller: CurrentUser, id: string, rawInput: ServicePointInput): Promise<void> {
  const input = parseInput(servicePointInput, rawInput);
  await db().transaction(async (tx) => {
    const [before] = await tx.select().from(servicePoint).where(eq(servicePoint.id, id)).for("update");
    if (!before) throw new NotFound(`service point ${id}`);
    // Moving a point to another organisation needs rights in both.
    await authorize(tx, caller, before.organizationId);
    await authorize(tx, caller, input.organizationId);
    const row = await values(tx, input);
    await updateVersioned(tx, servicePoint, { id, version: input.version }, { ...row, updatedAt: new Date() }, () =>
      editConflict(tx, "service_point", [id], `service point ${id}`),
    );
    await recordChange(tx, {
      actor: actorOf(caller),
      entityType: "service_point",
      entityId: id,
      action: "update",
      before: pick(before, Object.keys(row)),
      after: row,
    });
    await refreshOrganizationSearch(tx, input.organizationId);
    if (before.organizationId !== input.organizationId) await refreshOrganizationSearch(tx, before.organizationId);
  });
}

export async function deleteServicePoint(caller: CurrentUser, id: string): Promise<void> {
  await db().transaction(async (tx) => {
    const [before] = await tx.select().from(servicePoint).where(eq(servicePoint.id, id));
    if (!before) throw new NotFound(`service point ${id}`);
    await authorize(tx, caller, before.organizationId);
    await tx.delete(servicePoint).where(eq(servicePoint.id, id));
    await recordChange(tx, { actor: actorOf(caller), entityType: "service_point", entityId: id, action: "delete", before, after: null });
    await refreshOrganizationSearch(tx, before.organizationId);
  });
}
