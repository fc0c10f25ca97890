import { and, eq, inArray } from "drizzle-orm";
import { updateVersioned } from "../../kit/db/versioned-update.server";
import type { CurrentUser } from "../../kit/permissions/roles";
import { editConflict, recordChange } from "~/audit/public.server";
import { db, type Transaction } from "../../kit/db/db.server";
import { parseInput } from "../../kit/validation/fields";
import { organizationInput, type OrganizationInput } from "../inputs";
import { canCreateOrganization, canManageMemberships, canManageOrganization } from "../permissions";
import { networkMembership, organization } from "../schema.server";
import { organizationSaved } from "../organization-events.server";
import { refreshOrganizationSearch } from "../search-index.server";
import { actorOf, checkCodes, organizationScope } from "./shared.server";
import { NotFound, requirePermission, throwIfIssues } from "../../kit/validation/errors";

function organizationValues(input: ReturnType<typeof organizationInput.parse>) {
  return {
    name: input.name,
    description: input.description,
    type: input.type,
    businessId: input.businessId ?? null,
    website: input.website ?? null,
    email: input.email ?? null,
    phone: input.phone ?? null,
    parentId: input.parentId ?? null,
  };
}

async function checkOrganizationReferences(tx: Transaction, input: ReturnType<typeof organizationInput.parse>, selfId?: string) {
  const issues = await checkCodes(tx, [{ path: "regionCodes", table: "region", values: input.regionCodes }]);
  if (input.parentId) {
    const parent = await tx.select({ id: organization.id }).from(organization).where(eq(organization.id, input.parentId));
    if (parent.length === 0 || input.parentId === selfId) issues.push({ path: "parentId", key: "validation.unknownCode", values: { value: input.parentId } });
  }
  throwIfIssues(issues);
}

/** A coordinator (or admin) adds an organisation to their region's network. */
export async function createOrganization(caller: CurrentUser, rawInput: OrganizationInput, executor?: Transaction): Promise<string> {
  const input = parseInput(organizationInput, rawInput);
  for (const regionCode of input.regionCodes) requirePermission(canCreateOrganization(caller, regionCode), `create organisation in ${regionCode}`);
  const run = async (tx: Transaction) => {
    await checkOrganizationReferences(tx, input);
    const [created] = await tx.insert(organization).values(organizationValues(input)).returning();
    await tx.insert(networkMembership).values(input.regionCodes.map((regionCode) => ({ organizationId: created.id, regionCode })));
    await recordChange(tx, {
      actor: actorOf(caller),
      entityType: "organization",
      entityId: created.id,
      action: "create",
      before: null,
      after: { ...organizationValues(input), regionCodes: input.regionCodes },
    });
    await refreshOrganizationSearch(tx, created.id);
    return created.id;
  };
  return executor ? run(executor) : db().transaction(run);
}

/**
 * Updates an organisation. Contact persons and coordinators may edit its details; only coordinators
 * of the regions concerned may add or remove network memberships.
 */
export async function updateOrganization(caller: CurrentUser, id: string, rawInput: OrganizationInput, executor?: Transaction): Promise<void> {
  const input = parseInput(organizationInput, rawInput);
  const run = async (tx: Transaction) => {
    const scope = await organizationScope(tx, id);
    if (!scope) throw new NotFound(`organization ${id}`);
    requirePermission(canManageOrganization(caller, scope), `update organisation ${id}`);
    const added = input.regionCodes.filter((c) => !scope.regionCodes.includes(c));
    const removed = scope.regionCodes.filter((c) => !input.regionCodes.includes(c));
    for (const regionCode of [...added, ...removed]) requirePermission(canManageMemberships(caller, regionCode), `change membership in ${regionCode}`);
    await checkOrganizationReferences(tx, input, id);
    const [before] = await tx.select().from(organization).where(eq(organization.id, id)).for("update");
    const values = organizationValues(input);
    await updateVersioned(tx, organization, { id, version: input.version }, { ...values, updatedAt: new Date() }, () =>
      editConflict(tx, "organization", [id], `organization ${id}`),
    );
    if (removed.length) await tx.delete(networkMembership).where(and(eq(networkMembership.organizationId, id), inArray(networkMembership.regionCode, removed)));
    if (added.length) await tx.insert(networkMembership).values(added.map((regionCode) => ({ organizationId: id, regionCode })));
    await recordChange(tx, {
      actor: actorOf(caller),
      entityType: "organization",
      entityId: id,
      action: "update",
      before: { ...pick(before, Object.keys(values)), regionCodes: [...scope.regionCodes].sort() },
      after: { ...values, regionCodes: [...input.regionCodes].sort() },
    });
    await refreshOrganizationSearch(tx, id);
    // e.g. the organisation's name is part of its education offerings' search text.
    await organizationSaved(tx, id);
  };
  await (executor ? run(executor) : db().transaction(run));
}

/** Removes an organisation with everything it owns; coordinators of all its regions (or an admin). */
export async function deleteOrganization(caller: CurrentUser, id: string): Promise<void> {
  await db().transaction(async (tx) => {
    const scope = await organizationScope(tx, id);
    if (!scope) throw new NotFound(`organization ${id}`);
    for (const regionCode of scope.regionCodes.length ? scope.regionCodes : ["-"])
      requirePermission(canManageMemberships(caller, regionCode), `delete organisation ${id}`);
    const [before] = await tx.select().from(organization).where(eq(organization.id, id));
    await tx.delete(organization).where(eq(organization.id, id));
    await recordChange(tx, { actor: actorOf(caller), entityType: "organization", entityId: id, action: "delete", before, after: null });
    await refreshOrganizationSearch(tx, id);
  });
}

export function pick<T extends Record<string, unknown>>(row: T, keys: string[]): Record<string, unknown> {
  return Object.fromEntries(keys.map((k) => [k, row[k]]));
}
