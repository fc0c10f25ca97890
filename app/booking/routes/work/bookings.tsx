import { data, Form, Link, redirect, useSearchParams } from "react-router";
import { recordChanges, actorOf } from "~/audit/public.server";
import { addDays, instantInFinland, todayInFinland } from "~/kit/dates/calendar";
import { parseFinnishDate, parseFinnishTime } from "~/kit/dates/finnish-input";
import { db } from "~/kit/db/db.server";
import { text } from "~/kit/forms/form-data";
import { commandFailure, forbiddenResponse } from "~/kit/http/respond.server";
import { translator } from "~/kit/i18n/catalogue";
import { languageOf } from "~/kit/i18n/languages";
import { localize } from "~/kit/i18n/localized";
import { useLanguage, useT } from "~/kit/i18n/use-i18n";
import { pageTitle } from "~/kit/page-title";
import { requireUser } from "~/kit/permissions/current-user.server";
import { contactOrganizations, isAdmin, ownPractitionerIds } from "~/kit/permissions/roles";
import { EditConflict } from "~/kit/validation/errors";
import { SlotTaken } from "../../commands/book.server";
import { createBookingFeed } from "../../commands/feed.server";
import { blockTime, moveBooking, setBookingStatus } from "../../commands/manage.server";
import { bookingDay, bookingTime } from "../../format";
import { practitionerStatuses } from "../../inputs";
import { canUseBookings } from "../../permissions";
import { blocksOf, bookingsHandledBy } from "../../queries.server";
import { finnishDayOf } from "../../slots";
import type { Route } from "./+types/bookings";

/**
 * `/:lang/work/bookings`: the signed-in practitioner's (and contact person's) bookings as a day or a
 * week, across all their organisations; mark them held, no-show or cancelled, move them, block time
 * away, and make the private calendar feed. Every view of the citizens' details is audited.
 */
export async function loader({ request, params }: Route.LoaderArgs) {
  const lang = languageOf(params);
  const user = await requireUser(request, lang);
  if (!canUseBookings(user)) throw forbiddenResponse(lang);
  const url = new URL(request.url);
  const view = url.searchParams.get("view") === "day" ? "day" : "week";
  const asked = parseFinnishDate(url.searchParams.get("date") ?? "");
  const date = "date" in asked ? asked.date : todayInFinland();
  const days = view === "day" ? 1 : 7;
  const from = instantInFinland(date, "00:00");
  const to = instantInFinland(addDays(date, days), "00:00");
  const practitionerIds = ownPractitionerIds(user);
  const rows = await bookingsHandledBy({ practitionerIds, organizationIds: contactOrganizations(user), all: isAdmin(user) }, from, to);
  // Each booking whose citizen's details are shown is a view of personal data: one audit row each.
  await recordChanges(
    db(),
    rows
      .filter((r) => r.booking.contactErasedAt === null)
      .map((r) => ({ actor: actorOf(user), entityType: "booking", entityId: r.booking.id, action: "read", before: null, after: null })),
  );
  const blocks = await blocksOf(practitionerIds, from, to);
  return {
    view,
    date,
    days,
    practitionerIds,
    bookings: rows.map((r) => ({
      id: r.booking.id,
      version: r.booking.version,
      startsAt: r.booking.startsAt.toISOString(),
      endsAt: r.booking.endsAt.toISOString(),
      day: finnishDayOf(r.booking.startsAt.getTime()),
      service: localize(r.serviceName, lang).text,
      practitioner: r.practitionerName,
      channel: r.booking.channel,
      status: r.booking.status,
      name: r.booking.name,
      email: r.booking.email,
      phone: r.booking.phone,
      note: r.booking.note,
      group: r.booking.groupSessionId !== null,
    })),
    blocks: blocks.map((b) => ({ id: b.id, startsAt: b.startsAt.toISOString(), endsAt: b.endsAt.toISOString(), reason: b.reason })),
  };
}

function instantOf(dateText: string, timeText: string): string | null {
  const date = parseFinnishDate(dateText);
  const time = parseFinnishTime(timeText);
  return "date" in date && time ? instantInFinland(date.date, time).toISOString() : null;
}

export async function action({ request, params }: Route.ActionArgs) {
  const lang = languageOf(params);
  const t = translator(lang);
  const user = await requireUser(request, lang);
  const form = await request.formData();
  const intent = text(form, "intent");
  const back = `/${lang}/work/bookings?${new URLSearchParams({ date: text(form, "date"), view: text(form, "view") })}`;
  try {
    if (intent === "status") {
      await setBookingStatus(user, { bookingId: text(form, "id"), status: text(form, "status"), version: text(form, "version") });
    } else if (intent === "move") {
      const start = instantOf(text(form, "moveDate"), text(form, "moveTime"));
      if (!start) return data({ error: t("workBookings.badDate"), values: null }, { status: 400 });
      await moveBooking(user, { bookingId: text(form, "id"), start, version: text(form, "version") });
    } else if (intent === "block") {
      const startsAt = instantOf(text(form, "blockDate"), text(form, "blockFrom"));
      const endsAt = instantOf(text(form, "blockDate"), text(form, "blockTo"));
      if (!startsAt || !endsAt) return data({ error: t("workBookings.badDate"), values: null }, { status: 400 });
      await blockTime(user, { practitionerId: text(form, "practitionerId"), startsAt, endsAt, reason: text(form, "reason") });
      return redirect(`${back}&notice=blocked`, { status: 303 });
    } else if (intent === "feed") {
      const token = await createBookingFeed(user, text(form, "practitionerId"));
      return data({ error: null, feed: `/calendars/bookings/${token}.ics`, values: null });
    } else {
      return data({ error: t("error.notFound"), values: null }, { status: 400 });
    }
  } catch (error) {
    if (error instanceof SlotTaken) return data({ error: t("booking.taken"), values: null }, { status: 409 });
    if (error instanceof EditConflict) return data({ error: t("workBookings.conflict"), values: null }, { status: 409 });
    return commandFailure(error, lang, null);
  }
  return redirect(`${back}&notice=saved`, { status: 303 });
}

export const meta = ({ params }: Route.MetaArgs) => pageTitle(params.lang, translator(languageOf(params))("workBookings.title"));

export default function BookingsPage({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const lang = useLanguage();
  const [search] = useSearchParams();
  const { view, date, days } = loaderData;
  const link = (d: string, v: string) => `/${lang}/work/bookings?${new URLSearchParams({ date: d, view: v })}`;
  const dayList = Array.from({ length: days }, (_, i) => addDays(date, i));
  const error = actionData && "error" in actionData ? actionData.error : null;
  const feed = actionData && "feed" in actionData ? actionData.feed : null;
  return (
    <>
      <h1>{t("workBookings.title")}</h1>
      <p>{t("workBookings.intro")}</p>
      <p>
        <Link to={`/${lang}/work/bookings/services`}>{t("workBookings.services")}</Link>
      </p>
      {search.get("notice") && !actionData && (
        <p role="status" className="alert alert--success">
          {t(search.get("notice") === "blocked" ? "workBookings.blocked" : "workBookings.saved")}
        </p>
      )}
      {error && (
        <p role="alert" className="alert alert--error">
          {error}
        </p>
      )}
      <nav className="pager" aria-label={t("workBookings.title")}>
        <Link to={link(addDays(date, -days), view)}>{t("workBookings.prev")}</Link> <Link to={link(addDays(date, days), view)}>{t("workBookings.next")}</Link>{" "}
        <Link to={link(date, "week")} aria-current={view === "week" ? "page" : undefined}>
          {t("workBookings.weekView")}
        </Link>{" "}
        <Link to={link(date, "day")} aria-current={view === "day" ? "page" : undefined}>
          {t("workBookings.dayView")}
        </Link>
      </nav>
      {dayList.map((day) => {
        const bookings = loaderData.bookings.filter((b) => b.day === day);
        return (
          <section key={day} aria-labelledby={`d-${day}`}>
            <h2 id={`d-${day}`}>{bookingDay(`${day}T12:00:00Z`, lang)}</h2>
            {bookings.length === 0 && <p>{t("workBookings.none")}</p>}
            <ul className="booking-list">
              {bookings.map((b) => (
                <li key={b.id}>
                  <p>
                    <strong>
                      {bookingTime(b.startsAt, lang)}–{bookingTime(b.endsAt, lang)}
                    </strong>{" "}
                    {b.service} · {t(`booking.channel.${b.channel}` as "booking.channel.phone")} · {t(`booking.status.${b.status}` as "booking.status.booked")}
                    {b.practitioner && ` · ${b.practitioner}`}
                  </p>
                  <p>
                    {t("workBookings.client")}: {[b.name, b.email, b.phone].filter(Boolean).join(", ") || "–"}
                  </p>
                  {b.note && (
                    <p>
                      {t("workBookings.note")}: {b.note}
                    </p>
                  )}
                  {b.status !== "cancelled" && (
                    <Form method="post" className="form form--inline">
                      <input type="hidden" name="intent" value="status" />
                      <input type="hidden" name="id" value={b.id} />
                      <input type="hidden" name="version" value={b.version} />
                      <input type="hidden" name="date" value={date} />
                      <input type="hidden" name="view" value={view} />
                      <label htmlFor={`s-${b.id}`}>{t("workBookings.setStatus")}</label>{" "}
                      <select id={`s-${b.id}`} name="status" defaultValue={b.status === "booked" ? "held" : b.status}>
                        {practitionerStatuses.map((s) => (
                          <option key={s} value={s}>
                            {t(`booking.status.${s}`)}
                          </option>
                        ))}
                      </select>{" "}
                      <button type="submit" className="button button--secondary">
                        {t("workBookings.save")}
                      </button>
                    </Form>
                  )}
                  {b.status === "booked" && !b.group && (
                    <Form method="post" className="form form--inline">
                      <input type="hidden" name="intent" value="move" />
                      <input type="hidden" name="id" value={b.id} />
                      <input type="hidden" name="version" value={b.version} />
                      <input type="hidden" name="date" value={date} />
                      <input type="hidden" name="view" value={view} />
                      <fieldset>
                        <legend>{t("workBookings.moveTo")}</legend>
                        <label htmlFor={`md-${b.id}`}>{t("workBookings.moveDate")}</label> <input id={`md-${b.id}`} name="moveDate" required size={10} />{" "}
                        <label htmlFor={`mt-${b.id}`}>{t("workBookings.moveTime")}</label> <input id={`mt-${b.id}`} name="moveTime" required size={5} />{" "}
                        <button type="submit" className="button button--secondary">
                          {t("workBookings.move")}
                        </button>
                      </fieldset>
                    </Form>
                  )}
                </li>
              ))}
              {loaderData.blocks
                .filter((x) => finnishDayOf(Date.parse(x.startsAt)) === day)
                .map((x) => (
                  <li key={x.id}>
                    {bookingTime(x.startsAt, lang)}–{bookingTime(x.endsAt, lang)} {t("workBookings.blocked")} {x.reason}
                  </li>
                ))}
            </ul>
          </section>
        );
      })}
      {loaderData.practitionerIds.map((practitionerId) => (
        <section key={practitionerId} aria-labelledby={`block-${practitionerId}`}>
          <h2 id={`block-${practitionerId}`}>{t("workBookings.block")}</h2>
          <Form method="post" className="form narrow">
            <input type="hidden" name="intent" value="block" />
            <input type="hidden" name="practitionerId" value={practitionerId} />
            <input type="hidden" name="date" value={date} />
            <input type="hidden" name="view" value={view} />
            <div className="field">
              <label htmlFor={`bd-${practitionerId}`}>{t("workBookings.moveDate")}</label>
              <input id={`bd-${practitionerId}`} name="blockDate" required />
            </div>
            <div className="field">
              <label htmlFor={`bf-${practitionerId}`}>{t("workBookings.blockFrom")}</label>
              <input id={`bf-${practitionerId}`} name="blockFrom" required />
            </div>
            <div className="field">
              <label htmlFor={`bt-${practitionerId}`}>{t("workBookings.blockTo")}</label>
              <input id={`bt-${practitionerId}`} name="blockTo" required />
            </div>
            <div className="field">
              <label htmlFor={`br-${practitionerId}`}>{t("workBookings.blockReason")}</label>
              <input id={`br-${practitionerId}`} name="reason" maxLength={200} />
            </div>
            <button type="submit" className="button">
              {t("workBookings.blockSubmit")}
            </button>
          </Form>
          <h2>{t("workBookings.feed")}</h2>
          <p>{t("workBookings.feedIntro")}</p>
          {feed && (
            <p role="status">
              {t("workBookings.feedNew")} <code>{feed}</code>
            </p>
          )}
          <Form method="post">
            <input type="hidden" name="intent" value="feed" />
            <input type="hidden" name="practitionerId" value={practitionerId} />
            <button type="submit" className="button button--secondary">
              {t("workBookings.feedCreate")}
            </button>
          </Form>
        </section>
      ))}
    </>
  );
}
