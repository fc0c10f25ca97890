import { and, eq, inArray } from "drizzle-orm";
import { actorOf, editConflict, recordChange } from "~/audit/public.server";
import { practitioner, service, servicePoint } from "~/network-map/public.server";
import { db, type Database, type Transaction } from "../../kit/db/db.server";
import { updateVersioned } from "../../kit/db/versioned-update.server";
import type { CurrentUser } from "../../kit/permissions/roles";
import { InvalidInput, NotFound, requirePermission } from "../../kit/validation/errors";
import { parseInput } from "../../kit/validation/fields";
import { bookableServiceInput, meetingLinkInput, type BookableServiceInput } from "../inputs";
import { canPublishBookable, canSetMeetingLink } from "../permissions";
import { availabilityException, availabilityRule, bookablePractitioner, bookableService, meetingLinkTemplate } from "../schema.server";

/**
 * Publishes a bookable service or saves its changes: the settings, its practitioners, weekly rules
 * and exceptions, all in one transaction. The service and the practitioners must be the same
 * organisation's; an edit names the version it was loaded with (decision 0182).
 */
export async function saveBookable(
  caller: CurrentUser,
  raw: BookableServiceInput,
  target?: { id: string; version: number },
  executor: Database | Transaction = db(),
): Promise<string> {
  const input = parseInput(bookableServiceInput, raw);
  return executor.transaction(async (tx) => {
    const [owner] = await tx.select({ organizationId: service.organizationId }).from(service).where(eq(service.id, input.serviceId));
    if (!owner) throw new InvalidInput([{ path: "serviceId", key: "booking.unknownService" }]);
    const organizationId = owner.organizationId;
    const people = await tx
      .select({ id: practitioner.id })
      .from(practitioner)
      .where(and(inArray(practitioner.id, input.practitionerIds), eq(practitioner.organizationId, organizationId)));
    if (people.length !== new Set(input.practitionerIds).size) throw new InvalidInput([{ path: "practitionerIds", key: "booking.practitionerNotOffered" }]);
    if (input.servicePointId) {
      const [point] = await tx
        .select({ id: servicePoint.id })
        .from(servicePoint)
        .where(and(eq(servicePoint.id, input.servicePointId), eq(servicePoint.organizationId, organizationId)));
      if (!point) throw new InvalidInput([{ path: "servicePointId", key: "booking.unknownServicePoint" }]);
    }
    requirePermission(canPublishBookable(caller, { organizationId, scope: input.scope, practitionerIds: input.practitionerIds }), "publish bookable service");
    const values = {
      serviceId: input.serviceId,
      organizationId,
      scope: input.scope,
      kind: input.kind,
      capacity: input.capacity,
      durationMinutes: input.durationMinutes,
      bufferMinutes: input.bufferMinutes,
      minimumNoticeHours: input.minimumNoticeHours,
      horizonDays: input.horizonDays,
      dailyCap: input.dailyCap,
      channels: input.channels,
      servicePointId: input.servicePointId,
      phone: input.phone ?? null,
      languages: input.languages,
      topics: input.topics,
    };
    let id: string;
    let before: Record<string, unknown> | null = null;
    if (target) {
      const [existing] = await tx.select().from(bookableService).where(eq(bookableService.id, target.id));
      if (!existing) throw new NotFound("bookable service");
      const owners = (
        await tx.select({ id: bookablePractitioner.practitionerId }).from(bookablePractitioner).where(eq(bookablePractitioner.bookableServiceId, target.id))
      ).map((r) => r.id);
      // The one who may change it is judged by what it was as well as by what it becomes.
      requirePermission(
        canPublishBookable(caller, { organizationId: existing.organizationId, scope: existing.scope, practitionerIds: owners }),
        "edit bookable service",
      );
      before = { ...values, ...existing };
      await updateVersioned(tx, bookableService, target, { ...values, updatedAt: new Date() }, () =>
        editConflict(tx, "bookable_service", [target.id], "bookable service"),
      );
      id = target.id;
      await replaceParts(tx, id, input);
    } else {
      const [row] = await tx.insert(bookableService).values(values).returning({ id: bookableService.id });
      id = row.id;
      await replaceParts(tx, id, input);
    }
    await recordChange(tx, {
      actor: actorOf(caller),
      entityType: "bookable_service",
      entityId: id,
      action: target ? "update" : "create",
      before,
      after: { ...values, practitionerIds: input.practitionerIds, weekly: input.weekly, exceptions: input.exceptions },
    });
    return id;
  });
}

async function replaceParts(tx: Transaction, id: string, input: ReturnType<typeof bookableServiceInput.parse>): Promise<void> {
  await tx.delete(bookablePractitioner).where(eq(bookablePractitioner.bookableServiceId, id));
  await tx.delete(availabilityRule).where(eq(availabilityRule.bookableServiceId, id));
  await tx.delete(availabilityException).where(eq(availabilityException.bookableServiceId, id));
  await tx.insert(bookablePractitioner).values([...new Set(input.practitionerIds)].map((practitionerId) => ({ bookableServiceId: id, practitionerId })));
  if (input.weekly.length) await tx.insert(availabilityRule).values(input.weekly.map((r) => ({ bookableServiceId: id, ...r })));
  if (input.exceptions.length) await tx.insert(availabilityException).values(input.exceptions.map((e) => ({ bookableServiceId: id, ...e })));
}

/** Sets the organisation's video meeting address template ("https://…/{booking}"). */
export async function setMeetingLink(caller: CurrentUser, raw: unknown, executor: Database | Transaction = db()): Promise<void> {
  const input = parseInput(meetingLinkInput, raw);
  requirePermission(canSetMeetingLink(caller, input.organizationId), "set meeting link");
  await executor.transaction(async (tx) => {
    const [before] = await tx.select().from(meetingLinkTemplate).where(eq(meetingLinkTemplate.organizationId, input.organizationId));
    await tx
      .insert(meetingLinkTemplate)
      .values({ organizationId: input.organizationId, template: input.template })
      .onConflictDoUpdate({ target: meetingLinkTemplate.organizationId, set: { template: input.template, updatedAt: new Date() } });
    await recordChange(tx, {
      actor: actorOf(caller),
      entityType: "booking_meeting_link",
      entityId: input.organizationId,
      action: before ? "update" : "create",
      before: before ? { template: before.template } : null,
      after: { template: input.template },
    });
  });
}
