import { eq } from "drizzle-orm";
import { recordChange, systemActor } from "~/audit/public.server";
import { service } from "~/network-map/public.server";
import { notify } from "~/notifications/public.server";
import { receivedCause } from "./handle.server";
import { db, type Transaction } from "../../kit/db/db.server";
import { InvalidInput } from "../../kit/validation/errors";
import { parseInput } from "../../kit/validation/fields";
import { answerDueAt } from "../due.server";
import { requestInput, type RequestInput } from "../inputs";
import { contactRequest } from "../schema.server";
import { newSecretToken, hashSecretToken } from "../../kit/secret-token.server";
import { queuePeople, queuePlaceOf } from "./place.server";

/** How the audit trail names a citizen who has no account. */
export const citizenActor = systemActor("citizen");

/**
 * A citizen's request from the public form: stored in the queue of the service's organisation or of
 * its region, the queue's people told, and the follow-up token returned (only its hash is kept).
 * The audit trail records the arrival without the person's details.
 */
export async function submitContactRequest(raw: RequestInput, now = new Date(), executor?: Transaction): Promise<{ id: string; token: string }> {
  const input = parseInput(requestInput, raw);
  const run = async (tx: Transaction) => {
    const [target] = await tx
      .select({ organizationId: service.organizationId, name: service.name, status: service.status })
      .from(service)
      .where(eq(service.id, input.serviceId));
    if (!target || target.status === "defunct") throw new InvalidInput([{ path: "serviceId", key: "contactRequests.noService" }]);
    const place = await queuePlaceOf(tx, target.organizationId);
    const token = newSecretToken();
    const [row] = await tx
      .insert(contactRequest)
      .values({
        serviceId: input.serviceId,
        organizationId: place.organizationId,
        regionCode: place.regionCode,
        topic: input.topic,
        language: input.language,
        channel: input.channel,
        pageLanguage: input.pageLanguage,
        preferredTimes: input.preferredTimes,
        name: input.name,
        phone: input.phone ?? null,
        email: input.email ?? null,
        note: input.note ?? null,
        tokenHash: hashSecretToken(token),
        receivedAt: now,
        dueAt: answerDueAt(now),
      })
      .returning({ id: contactRequest.id });
    await recordChange(tx, {
      actor: citizenActor,
      entityType: "contact_request",
      entityId: row.id,
      action: "create",
      before: null,
      after: { status: "received", topic: input.topic, channel: input.channel, language: input.language, regionCode: place.regionCode },
    });
    await notify(tx, await queuePeople(tx, place), {
      kind: "contact_request.received",
      messageKey: "contactRequests.notification.received",
      values: { service: target.name },
      link: `/work/contact-requests/${row.id}`,
      cause: receivedCause(row.id),
    });
    return { id: row.id, token };
  };
  return executor ? run(executor) : db().transaction(run);
}
