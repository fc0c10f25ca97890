import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { updateVersioned } from "../../kit/db/versioned-update.server";
import type { CurrentUser } from "../../kit/permissions/roles";
import { editConflict, recordChange, recordChanges } from "~/audit/public.server";
import { db, type Transaction } from "../../kit/db/db.server";
import { parseInput, tryParseInput } from "../../kit/validation/fields";
import { serviceInput, type ServiceInput } from "../inputs";
import { canManageOrganization } from "../permissions";
import { service, serviceAtLocation, serviceChannel } from "../schema.server";
import { refreshOrganizationSearch } from "../search-index.server";
import { pick } from "./organization.server";
import { actorOf, checkBelongs, lookups, organizationScope, type CreateOutcome, type Lookups } from "./shared.server";
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

async function prepare(tx: Transaction, caller: CurrentUser, input: ParsedService, known: Lookups = lookups(tx)) {
  const scope = await known.scope(input.organizationId);
  if (!scope) throw new NotFound(`organization ${input.organizationId}`);
  requirePermission(canManageOrganization(caller, scope), `manage services of ${input.organizationId}`);
  const channelPoints = input.channels.map((c) => c.servicePointId).filter((id): id is string => !!id);
  throwIfIssues([
    ...(await known.checkCodes([{ path: "areaMunicipalities", table: "municipality", values: input.areaMunicipalities }])),
    ...(await checkBelongs(tx, input.organizationId, [
      { path: "servicePointIds", kind: "service_point", ids: [...new Set([...input.servicePointIds, ...channelPoints])] },
    ])),
  ]);
}

const channelRows = (serviceId: string, input: ParsedService) =>
  input.channels.map((c) => ({ serviceId, channel: c.channel, contact: c.contact ?? null, hours: c.hours, servicePointId: c.servicePointId ?? null }));

/** The service points the service is at: those listed and those of its channels. */
const pointIdsOf = (input: ParsedService) =>
  new Set([...input.servicePointIds, ...input.channels.map((c) => c.servicePointId).filter((id): id is string => !!id)]);

async function writeParts(tx: Transaction, serviceId: string, input: ParsedService) {
  await tx.delete(serviceChannel).where(eq(serviceChannel.serviceId, serviceId));
  if (input.channels.length) await tx.insert(serviceChannel).values(channelRows(serviceId, input));
  // Keep existing service_at_location ids (they are public HSDS identifiers) for points that stay.
  const existing = await tx.select().from(serviceAtLocation).where(eq(serviceAtLocation.serviceId, serviceId));
  const wanted = pointIdsOf(input);
  for (const row of existing) if (!wanted.has(row.servicePointId)) await tx.delete(serviceAtLocation).where(eq(serviceAtLocation.id, row.id));
  const kept = new Set(existing.map((r) => r.servicePointId));
  const added = [...wanted].filter((id) => !kept.has(id));
  if (added.length) await tx.insert(serviceAtLocation).values(added.map((servicePointId) => ({ serviceId, servicePointId })));
}

const channelSummary = (input: ParsedService) => input.channels.map((c) => ({ ...c }));

export async function createService(caller: CurrentUser, rawInput: ServiceInput, executor?: Transaction): Promise<string> {
  const run = async (tx: Transaction) => {
    const [outcome] = await createServices(caller, [rawInput], tx);
    if (!outcome.ok) throw outcome.error;
    return outcome.id;
  };
  return executor ? run(executor) : db().transaction(run);
}

/**
 * Creates many services (a CSV import's new rows) with the rules of createService, each input
 * checked on its own (permission, validation, codes), and the good ones written in a few
 * multi-row statements with one audit event each. A refused input writes nothing.
 */
export async function createServices(caller: CurrentUser, rawInputs: ServiceInput[], tx: Transaction): Promise<CreateOutcome[]> {
  const known = lookups(tx);
  const parsed = rawInputs.map((raw) => tryParseInput(serviceInput, raw));
  await known.preloadCodes(
    "municipality",
    parsed.flatMap((p) => (p.ok ? p.input.areaMunicipalities : [])),
  );
  const outcomes: CreateOutcome[] = [];
  const accepted: { id: string; input: ParsedService }[] = [];
  for (const p of parsed) {
    if (!p.ok) {
      outcomes.push(p);
      continue;
    }
    try {
      await prepare(tx, caller, p.input, known);
      const id = randomUUID();
      accepted.push({ id, input: p.input });
      outcomes.push({ ok: true, id });
    } catch (error) {
      outcomes.push({ ok: false, error });
    }
  }
  if (accepted.length === 0) return outcomes;
  const rows = accepted.map(({ id, input }) => ({ id, ...serviceValues(input) }));
  await tx.insert(service).values(rows);
  // A new service has no parts yet: nothing to read or delete first.
  const channels = accepted.flatMap(({ id, input }) => channelRows(id, input));
  if (channels.length) await tx.insert(serviceChannel).values(channels);
  const points = accepted.flatMap(({ id, input }) => [...pointIdsOf(input)].map((servicePointId) => ({ serviceId: id, servicePointId })));
  if (points.length) await tx.insert(serviceAtLocation).values(points);
  await recordChanges(
    tx,
    rows.map(({ id, ...row }, i) => {
      const input = accepted[i].input;
      return {
        actor: actorOf(caller),
        entityType: "service",
        entityId: id,
        action: "create",
        before: null,
        after: { ...row, channels: channelSummary(input), servicePointIds: input.servicePointIds },
      };
    }),
  );
  for (const organizationId of new Set(accepted.map((a) => a.input.organizationId))) await refreshOrganizationSearch(tx, organizationId);
  return outcomes;
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
