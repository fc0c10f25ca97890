import "../app/shell/messages";
import { performance } from "node:perf_hooks";
import { and, asc, eq } from "drizzle-orm";
import { createEvent } from "../app/events/commands/event.server";
import { registerForEvent } from "../app/events/commands/register.server";
import { event, eventRegistration } from "../app/events/schema.server";
import { addDays, todayInFinland } from "../app/kit/dates/calendar";
import { db } from "../app/kit/db/db.server";
import { systemCaller } from "../app/kit/permissions/roles";
import { networkMembership } from "../app/network-map/schema.server";

export interface RegistrationRace {
  places: number;
  registrations: number;
  confirmed: number;
  waiting: number;
  /** Whether the waiting list is numbered after the confirmed, in the order of arrival. */
  inOrder: boolean;
  ms: number;
}

/**
 * The registration race of issue 14 (decision 0215): 30 people register at once for an event with
 * 10 places, through the same command as the public form. Exactly 10 must be confirmed and 20 on
 * the waiting list, numbered 11–30 after them.
 */
export async function raceRegistrations(places = 10, registrations = 30): Promise<RegistrationRace> {
  const [member] = await db().select().from(networkMembership).limit(1);
  if (!member) throw new Error("The event race needs an organisation in a network: generate the data first");
  const id = await createEvent(systemCaller("bench"), {
    kind: "training",
    audience: "practitioners",
    visibility: "public",
    regionCode: member.regionCode,
    organizerId: member.organizationId,
    title: { fi: "Verkostotoimijakoulutus (benchmark)" },
    description: {},
    address: "Kauppakatu 1, 87100 Kajaani",
    date: addDays(todayInFinland(), 30),
    startTime: "9",
    endTime: "15",
    capacity: String(places),
  });
  const started = performance.now();
  await Promise.all(
    Array.from({ length: registrations }, (_, n) =>
      registerForEvent({ eventId: id, name: `Osallistuja ${n + 1}`, email: `bench-${n + 1}@example.fi`, language: "fi", consent: true }),
    ),
  );
  const ms = performance.now() - started;
  const rows = await db().select().from(eventRegistration).where(eq(eventRegistration.eventId, id)).orderBy(asc(eventRegistration.queueNo));
  const confirmed = rows.filter((r) => r.status === "confirmed").length;
  const waiting = rows.filter((r) => r.status === "waiting").length;
  const inOrder = rows.every((r, i) => r.queueNo === i + 1 && r.status === (i < places ? "confirmed" : "waiting"));
  await db()
    .delete(event)
    .where(and(eq(event.id, id)));
  return { places, registrations, confirmed, waiting, inOrder, ms };
}
