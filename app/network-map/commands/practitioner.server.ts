import { eq } from "drizzle-orm";
import { updateVersioned } from "../../kit/db/versioned-update.server";
import type { CurrentUser } from "../../kit/permissions/roles";
import { editConflict, recordChange } from "~/audit/public.server";
import { db, type Transaction } from "../../kit/db/db.server";
import { parseInput } from "../../kit/validation/fields";
import { practitionerInput, type PractitionerInput } from "../inputs";
import { canEditPractitioner, canManageOrganization } from "../permissions";
import { practitioner, practitionerService, practitionerServicePoint } from "../schema.server";
import { refreshOrganizationSearch } from "../search-index.server";
import { pick } from "./organization.server";
import { actorOf, checkBelongs, organizationScope } from "./shared.server";
import { NotFound, requirePermission, throwIfIssues } from "../../kit/validation/errors";

type ParsedPractitioner = ReturnType<typeof practitionerInput.parse>;

function practitionerValues(input: ParsedPractitioner) {
  return {
    organizationId: input.organizationId,
    givenName: input.givenName,
    familyName: input.familyName,
    title: input.title,
    email: input.email ?? null,
    phone: input.phone ?? null,
    competenceAreas: input.competenceAreas,
    languages: input.languages,
    visibility: input.visibility,
    isContactPerson: input.isContactPerson,
  };
}

async function checkLinks(tx: Transaction, input: ParsedPractitioner) {
  throwIfIssues(
    await checkBelongs(tx, input.organizationId, [
      { path: "serviceIds", kind: "service", ids: input.serviceIds },
      { path: "servicePointIds", kind: "service_point", ids: input.servicePointIds },
    ]),
  );
}

async function writeLinks(tx: Transaction, id: string, input: ParsedPractitioner) {
  await tx.delete(practitionerService).where(eq(practitionerService.practitionerId, id));
  await tx.delete(practitionerServicePoint).where(eq(practitionerServicePoint.practitionerId, id));
  const serviceIds = [...new Set(input.serviceIds)];
  const pointIds = [...new Set(input.servicePointIds)];
  if (serviceIds.length) await tx.insert(practitionerService).values(serviceIds.map((serviceId) => ({ practitionerId: id, serviceId })));
  if (pointIds.length) await tx.insert(practitionerServicePoint).values(pointIds.map((servicePointId) => ({ practitionerId: id, servicePointId })));
}

/** Contact persons and coordinators add people to their organisation's card. */
export async function createPractitioner(caller: CurrentUser, rawInput: PractitionerInput, executor?: Transaction): Promise<string> {
  const input = parseInput(practitionerInput, rawInput);
  const run = async (tx: Transaction) => {
    const scope = await organizationScope(tx, input.organizationId);
    if (!scope) throw new NotFound(`organization ${input.organizationId}`);
    requirePermission(canManageOrganization(caller, scope), `add practitioner to ${input.organizationId}`);
    await checkLinks(tx, input);
    const row = practitionerValues(input);
    const [created] = await tx.insert(practitioner).values(row).returning({ id: practitioner.id });
    await writeLinks(tx, created.id, input);
    await recordChange(tx, {
      actor: actorOf(caller),
      entityType: "practitioner",
      entityId: created.id,
      action: "create",
      before: null,
      after: { ...row, serviceIds: input.serviceIds, servicePointIds: input.servicePointIds },
    });
    await refreshOrganizationSearch(tx, input.organizationId);
    return created.id;
  };
  return executor ? run(executor) : db().transaction(run);
}

/**
 * Practitioners edit their own card; contact persons and coordinators edit their organisation's
 * people. A practitioner cannot move themself to another organisation or make themself a contact person.
 */
export async function updatePractitioner(caller: CurrentUser, id: string, rawInput: PractitionerInput, executor?: Transaction): Promise<void> {
  const input = parseInput(practitionerInput, rawInput);
  const run = async (tx: Transaction) => {
    const [before] = await tx.select().from(practitioner).where(eq(practitioner.id, id)).for("update");
    if (!before) throw new NotFound(`practitioner ${id}`);
    const scope = await organizationScope(tx, before.organizationId);
    if (!scope) throw new NotFound(`organization ${before.organizationId}`);
    requirePermission(canEditPractitioner(caller, { id, organization: scope }), `update practitioner ${id}`);
    const managesOrganization = canManageOrganization(caller, scope);
    if (!managesOrganization) {
      requirePermission(input.organizationId === before.organizationId, "move own card to another organisation");
      requirePermission(input.isContactPerson === before.isContactPerson, "change own contact person status");
    } else if (input.organizationId !== before.organizationId) {
      const target = await organizationScope(tx, input.organizationId);
      if (!target) throw new NotFound(`organization ${input.organizationId}`);
      requirePermission(canManageOrganization(caller, target), `move practitioner to ${input.organizationId}`);
    }
    await checkLinks(tx, input);
    const beforeServices = (await tx.select().from(practitionerService).where(eq(practitionerService.practitionerId, id))).map((r) => r.serviceId).sort();
    const beforePoints = (await tx.select().from(practitionerServicePoint).where(eq(practitionerServicePoint.practitionerId, id)))
      .map((r) => r.servicePointId)
      .sort();
    const row = practitionerValues(input);
    await updateVersioned(tx, practitioner, { id, version: input.version }, { ...row, updatedAt: new Date() }, () =>
      editConflict(tx, "practitioner", [id], `practitioner ${id}`),
    );
    await writeLinks(tx, id, input);
    await recordChange(tx, {
      actor: actorOf(caller),
      entityType: "practitioner",
      entityId: id,
      action: "update",
      before: { ...pick(before, Object.keys(row)), serviceIds: beforeServices, servicePointIds: beforePoints },
      after: { ...row, serviceIds: [...new Set(input.serviceIds)].sort(), servicePointIds: [...new Set(input.servicePointIds)].sort() },
    });
    await refreshOrganizationSearch(tx, input.organizationId);
    if (before.organizationId !== input.organizationId) await refreshOrganizationSearch(tx, before.organizationId);
  };
  await (executor ? run(executor) : db().transaction(run));
}

export async function deletePractitioner(caller: CurrentUser, id: string): Promise<void> {
  await db().transaction(async (tx) => {
    const [before] = await tx.select().from(practitioner).where(eq(practitioner.id, id));
    if (!before) throw new NotFound(`practitioner ${id}`);
    const scope = await organizationScope(tx, before.organizationId);
    requirePermission(!!scope && canManageOrganization(caller, scope), `delete practitioner ${id}`);
    await tx.delete(practitioner).where(eq(practitioner.id, id));
    await recordChange(tx, { actor: actorOf(caller), entityType: "practitioner", entityId: id, action: "delete", before, after: null });
    await refreshOrganizationSearch(tx, before.organizationId);
  });
}
