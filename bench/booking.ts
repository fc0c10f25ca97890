/**
 * Booking at national scale (issue 11): bookable practitioners with weekly rules, exceptions, blocked
 * time and a realistic share of their times already booked, generated in bulk SQL over the national
 * data set's practitioners; then
 *   - the free-times query (the bookable service with its rules, then its free times over 4 weeks,
 *     as the booking page and the slots API read them), timed in process;
 *   - the booking page's requests per second against the bare page (reusing bench/http.ts);
 *   - 50 concurrent attempts at one time through the public API: exactly one booking.
 */
import { performance } from "node:perf_hooks";
import type pg from "pg";
import { addDays, todayInFinland } from "../app/kit/dates/calendar";
import { bookableById, slotsOf } from "../app/booking/queries.server";
import { measurePage, baselinePath, type PageThroughput } from "./http";
import { percentile } from "./search";

/** Issue 11's national figure: 5,000 bookable practitioners. */
export const nationalBookablePractitioners = 5000;

export const bookingAims = { freeTimesP95Ms: 30, pageVsBaseline: 0.5 };

export interface FreeTimesTiming {
  practitioners: number;
  bookings: number;
  medianMs: number;
  p95Ms: number;
  /** Free times found per query, on average (a check that the query had work to do). */
  meanSlots: number;
}

/**
 * One bookable service per practitioner (their own, individual, 45 min + 15 min buffer), open
 * Monday to Friday 9.00–11.30 and 12.30–16.00 (a quarter also Tuesday evenings), a closed day for a
 * tenth, a blocked day for a seventh, and about two in five working days with one time booked.
 * Returns the bookable services' ids.
 */
export async function generateBookables(client: pg.Client, count: number, today: string): Promise<string[]> {
  await client.query("select setseed(0.11)");
  await client.query(
    `create unlogged table bench_bookable as
     select gen_random_uuid() as id, p.id as practitioner_id, p.organization_id, ps.service_id,
       row_number() over (order by p.id)::int as n
     from practitioner p
     cross join lateral (select service_id from practitioner_service where practitioner_id = p.id limit 1) ps
     order by p.id
     limit $1`,
    [count],
  );
  await client.query(
    `insert into bookable_service (id, service_id, organization_id, scope, kind, capacity, duration_minutes, buffer_minutes,
       minimum_notice_hours, horizon_days, daily_cap, channels, languages)
     select id, service_id, organization_id, 'practitioner', 'individual', 1, 45, 15, 24, 42, 6,
       array['phone', 'video'], array['fi']
     from bench_bookable`,
  );
  await client.query(`insert into bookable_practitioner (bookable_service_id, practitioner_id) select id, practitioner_id from bench_bookable`);
  await client.query(
    `insert into booking_availability_rule (bookable_service_id, weekday, starts_at, ends_at)
     select b.id, d, r.starts_at, r.ends_at
     from bench_bookable b, generate_series(1, 5) d, (values ('09:00', '11:30'), ('12:30', '16:00')) r(starts_at, ends_at)
     union all
     select b.id, 2, '16:00', '19:00' from bench_bookable b where b.n % 4 = 0`,
  );
  await client.query(
    `insert into booking_availability_exception (bookable_service_id, day, starts_at, ends_at)
     select id, $1::date + 7 + n % 5, null, null from bench_bookable where n % 10 = 0`,
    [today],
  );
  await client.query(
    `insert into booking_blocked_time (practitioner_id, starts_at, ends_at, reason)
     select practitioner_id, (($1::date + 3 + n % 10) + time '08:00') at time zone 'Europe/Helsinki',
       (($1::date + 3 + n % 10) + time '17:00') at time zone 'Europe/Helsinki', 'bench'
     from bench_bookable where n % 7 = 0`,
    [today],
  );
  // One time a day at most, on the rules' grid (9.00, 10.00, 11.00 Finnish time), so none overlap.
  await client.query(
    `insert into booking (bookable_service_id, practitioner_id, starts_at, ends_at, busy_until, channel, language, status, name, ics_uid)
     select b.id, b.practitioner_id, t.starts_at, t.starts_at + interval '45 minutes', t.starts_at + interval '60 minutes',
       'phone', 'fi', 'booked', 'Bench', gen_random_uuid()::text || '@bench'
     from bench_bookable b
     cross join generate_series(2, 28) d
     cross join lateral (select ((($1::date + d) + time '09:00' + make_interval(hours => floor(random() * 3)::int + 0 * b.n))
       at time zone 'Europe/Helsinki') as starts_at) t
     where extract(isodow from $1::date + d) between 1 and 5 and random() < 0.4`,
    [today],
  );
  const { rows } = await client.query<{ id: string }>("select id from bench_bookable order by n");
  await client.query("drop table bench_bookable");
  await client.query(
    "analyze bookable_service, bookable_practitioner, booking_availability_rule, booking_availability_exception, booking_blocked_time, booking",
  );
  return rows.map((r) => r.id);
}

/** The free-times query of random bookable services over 4 weeks from today. */
export async function timeFreeTimes(client: pg.Client, ids: string[], runs: number): Promise<FreeTimesTiming> {
  const from = todayInFinland();
  const to = addDays(from, 27);
  const pick = (i: number) => ids[(i * 7919) % ids.length];
  const freeTimes = async (id: string) => {
    const bookable = await bookableById(id);
    if (!bookable) throw new Error(`The bookable service ${id} is missing`);
    return slotsOf(bookable, { from, to });
  };
  for (let i = 0; i < 10; i++) await freeTimes(pick(runs + i));
  const samples: number[] = [];
  let slots = 0;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    slots += (await freeTimes(pick(i))).length;
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  const {
    rows: [{ bookings }],
  } = await client.query<{ bookings: number }>("select count(*)::int as bookings from booking");
  return { practitioners: ids.length, bookings, medianMs: percentile(samples, 50), p95Ms: percentile(samples, 95), meanSlots: slots / runs };
}

export interface BookingPageFigures {
  page: PageThroughput;
  baseline: PageThroughput;
  ratio: number;
}

/** The booking page of one bookable service against the bare SSR page, on the built server. */
export async function measureBookingPage(server: { url: string }, bookableId: string, durationSeconds: number): Promise<BookingPageFigures> {
  const path = `/fi/book/${bookableId}`;
  const status = (await fetch(server.url + path)).status;
  if (status !== 200) throw new Error(`The booking page ${path} answered ${status}`);
  const baseline = await measurePage(server, baselinePath, durationSeconds);
  const page = await measurePage(server, path, durationSeconds);
  return { page, baseline, ratio: page.requestsPerSecond / baseline.requestsPerSecond };
}

export interface ContentionOutcome {
  attempts: number;
  /** HTTP status → how many answers had it. */
  statuses: Record<number, number>;
  /** Bookings of that time in the database afterwards. */
  bookingsOfTime: number;
  ms: number;
}

/** 50 concurrent attempts at one practitioner's one free time through `POST /api/v1/bookings`. */
export async function contendForOneTime(server: { url: string }, client: pg.Client, bookableId: string, attempts = 50): Promise<ContentionOutcome> {
  const bookable = await bookableById(bookableId);
  if (!bookable) throw new Error(`The bookable service ${bookableId} is missing`);
  const from = todayInFinland();
  const [slot] = await slotsOf(bookable, { from, to: addDays(from, 27) });
  if (!slot) throw new Error("No free time to contend for");
  const practitionerId = bookable.practitioners[0].id;
  const body = (i: number) =>
    JSON.stringify({
      serviceId: bookable.serviceId,
      practitionerId,
      start: slot.start.toISOString(),
      channel: "phone",
      name: `Kilpailija ${i}`,
      email: `kilpailija${i}@example.fi`,
      language: "fi",
      consent: true,
    });
  const started = performance.now();
  const answers = await Promise.all(
    Array.from({ length: attempts }, (_, i) =>
      fetch(`${server.url}/api/v1/bookings`, { method: "POST", headers: { "content-type": "application/json" }, body: body(i) }).then(async (r) => {
        await r.arrayBuffer();
        return r.status;
      }),
    ),
  );
  const ms = performance.now() - started;
  const statuses: Record<number, number> = {};
  for (const status of answers) statuses[status] = (statuses[status] ?? 0) + 1;
  const {
    rows: [{ count }],
  } = await client.query<{ count: number }>(
    "select count(*)::int as count from booking where practitioner_id = $1 and starts_at = $2 and status <> 'cancelled'",
    [practitionerId, slot.start],
  );
  return { attempts, statuses, bookingsOfTime: count, ms };
}
