import { eq } from "drizzle-orm";
import { updateVersioned } from "../../kit/db/versioned-update.server";
import type { CurrentUser } from "../../kit/permissions/roles";
import { editConflict, recordChange } from "~/audit/public.server";
import { db, type Transaction } from "../../kit/db/db.server";
import { parseInput } from "../../kit/validation/fields";
import { serviceInput, type ServiceInput } from "../inputs";
import { canManageOrganization } from "../permissions";
import { service, serviceAtLocation, serviceChannel } from "../schema.server";
import { refreshOrganizationSearch } from "../search-index.server";
import { pick } from "./organization.server";
import { actorOf, checkBelongs, checkCodes, organizationScope } from "./shared.server";
import { NotFound, requirePermission, throwIfIssues } from "../../kit/validation/errors";

type ParsedService = ReturnType<typeof serviceInput.parse>;

function serviceValues(input: ParsedService) {
  return {
    organizationId: input.organizationId,
    name: input.name,
    description: input.description,
    targetGroups: input.targetGroups,
    topics: input.topics,
    languages: input.languages,
    areaMunicipalities: [...new Set(input.areaMunicipalities)],
    cost: input.cost,
    costDescription: input.costDescription,
    status: input.status,
    website: input.website ?? null,
    email: input.email ?? null,
  };
}

async function prepare(tx: Transaction, caller: CurrentUser, input: ParsedService) {
  const scope = await organizationScope(tx, input.organizationId);
  if (!scope) throw new NotFound(`organization ${input.organizationId}`);
  requirePermission(canManageOrganization(caller, scope), `manage services of ${input.organizationId}`);
  const channelPoints = input.channels.map((c) => c.servicePointId).filter((id): id is string => !!id);
  throwIfIssues([
    ...(await checkCodes(tx, [{ path: "areaMunicipalities", table: "municipality", values: input.areaMunicipalities }])),
    ...(await checkBelongs(tx, input.organizationId, [
      { path: "servicePointIds", kind: "service_point", ids: [...new Set([...input.servicePointIds, ...channelPoints])] },
    ])),
  ]);
}

/** `created`: a new service has no parts yet, so there is nothing to read or delete (two queries per imported row fewer). */
async function writeParts(tx: Transaction, serviceId: string, input: ParsedService, created = false) {
  if (!created) await tx.delete(serviceChannel).where(eq(serviceChannel.serviceId, serviceId));
  if (input.channels.length)
    await tx.insert(serviceChannel).values(
      input.channels.map((c) => ({
        serviceId,
        channel: c.channel,
        contact: c.contact ?? null,
        hours: c.hours,
        servicePointId: c.servicePointId ?? null,
      })),
    );
  // Keep existing service_at_location ids (they are public HSDS identifiers) for points that stay.
  const existing = created ? [] : await tx.select().from(serviceAtLocation).where(eq(serviceAtLocation.serviceId, serviceId));
  const wanted = new Set([...input.servicePointIds, ...input.channels.map((c) => c.servicePointId).filter((id): id is string => !!id)]);
  for (const row of existing) if (!wanted.has(row.servicePointId)) await tx.delete(serviceAtLocation).where(eq(serviceAtLocation.id, row.id));
  const kept = new Set(existing.map((r) => r.servicePointId));
  const added = [...wanted].filter((id) => !kept.has(id));
  if (added.length) await tx.insert(serviceAtLocation).values(added.map((servicePointId) => ({ serviceId, servicePointId })));
}

const channelSummary = (input: ParsedService) => input.channels.map((c) => ({ ...c }));

export async function createService(caller: CurrentUser, rawInput: ServiceInput, executor?: Transaction): Promise<string> {
  const input = parseInput(serviceInput, rawInput);
  const run = async (tx: Transaction) => {
    await prepare(tx, caller, input);
    const row = serviceValues(input);
    const [created] = await tx.insert(service).values(row).returning({ id: service.id });
    await writeParts(tx, created.id, input, true);
    await recordChange(tx, {
      actor: actorOf(caller),
      entityType: "service",
      entityId: created.id,
      action: "create",
      before: null,
      after: { ...row, channels: channelSummary(input), servicePointIds: input.servicePointIds },
    });
    await refreshOrganizationSearch(tx, input.organizationId);
    return created.id;
  };
  return executor ? run(executor) : db().transaction(run);
}

export async function updateService(caller: CurrentUser, id: string, rawInput: ServiceInput, executor?: Transaction): Promise<void> {
  const input = parseInput(serviceInput, rawInput);
  const run = async (tx: Transaction) => {
    const [before] = await tx.select().from(service).where(eq(service.id, id)).for("update");
    if (!before) throw new NotFound(`service ${id}`);
    const beforeScope = await organizationScope(tx, before.organizationId);
    requirePermission(!!beforeScope && canManageOrganization(caller, beforeScope), `update service ${id}`);
    await prepare(tx, caller, input);
    const beforeChannels = await tx
      .select({ channel: serviceChannel.channel, contact: serviceChannel.contact, hours: serviceChannel.hours, servicePointId: serviceChannel.servicePointId })
      .from(serviceChannel)
      .where(eq(serviceChannel.serviceId, id));
    const beforePoints = (await tx.select().from(serviceAtLocation).where(eq(serviceAtLocation.serviceId, id))).map((r) => r.servicePointId).sort();
    const row = serviceValues(input);
    await updateVersioned(tx, service, { id, version: input.version }, { ...row, updatedAt: new Date() }, () =>
      editConflict(tx, "service", [id], `service ${id}`),
    );
    await writeParts(tx, id, input);
    await recordChange(tx, {
      actor: actorOf(caller),
      entityType: "service",
      entityId: id,
      action: "update",
      before: { ...pick(before, Object.keys(row)), channels: beforeChannels.map(normalizeChannel), servicePointIds: beforePoints },
      after: { ...row, channels: input.channels.map(normalizeChannel), servicePointIds: [...input.servicePointIds].sort() },
    });
    await refreshOrganizationSearch(tx, input.organizationId);
    if (before.organizationId !== input.organizationId) await refreshOrganizationSearch(tx, before.organizationId);
  };
  await (executor ? run(executor) : db().transaction(run));
}

function normalizeChannel(c: { channel: string; contact?: string | null; hours: unknown; servicePointId?: string | null }) {
  return { channel: c.channel, contact: c.contact ?? null, hours: c.hours, servicePointId: c.servicePointId ?? null };
}

export async function deleteService(caller: CurrentUser, id: string): Promise<void> {
  await db().transaction(async (tx) => {
    const [before] = await tx.select().from(service).where(eq(service.id, id));
    if (!before) throw new NotFound(`service ${id}`);
    const scope = await organizationScope(tx, before.organizationId);
    requirePermission(!!scope && canManageOrganization(caller, scope), `delete service ${id}`);
    await tx.delete(service).where(eq(service.id, id));
    await recordChange(tx, { actor: actorOf(caller), entityType: "service", entityId: id, action: "delete", before, after: null });
    await refreshOrganizationSearch(tx, before.organizationId);
  });
}
