import { Form, Link } from "react-router";
import { addDays } from "~/kit/dates/calendar";
import { languageOf } from "~/kit/i18n/languages";
import { useLanguage, useT } from "~/kit/i18n/use-i18n";
import { pageTitle } from "~/kit/page-title";
import { slotsOf } from "../queries.server";
import { bookingDay, bookingTime, shortDay } from "../format";
import { confirmPath } from "../paths";
import { bookableOrNotFound, bookingChoice, serviceNameOf, slotsByDay } from "./page.server";
import type { Route } from "./+types/book";

/**
 * `/:lang/book/:id`: a week of a bookable service's free times, server-rendered (no JavaScript):
 * the practitioner (or the first free one) and the channel are chosen with a GET form, the weeks
 * with links, and each time is a link to its confirmation form.
 */
export async function loader({ params, request }: Route.LoaderArgs) {
  const lang = languageOf(params);
  const bookable = await bookableOrNotFound(params.id, lang);
  const choice = bookingChoice(new URL(request.url), bookable);
  const slots = await slotsOf(bookable, { from: choice.from, to: choice.to }, { practitionerId: choice.practitionerId });
  return {
    id: bookable.id,
    service: serviceNameOf(bookable, lang),
    kind: bookable.kind,
    capacity: bookable.capacity,
    durationMinutes: bookable.durationMinutes,
    channels: bookable.channels,
    practitioners: bookable.practitioners.map((p) => ({ id: p.id, name: p.name })),
    choice,
    days: slotsByDay(slots),
  };
}

export const meta = ({ params, data }: Route.MetaArgs) => pageTitle(params.lang, data?.service ?? "");

export default function BookingPage({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const lang = useLanguage();
  const { choice } = loaderData;
  const weekLink = (from: string) => {
    const query = new URLSearchParams({ week: from, channel: choice.channel });
    if (choice.practitionerId) query.set("practitioner", choice.practitionerId);
    return `/${lang}/book/${loaderData.id}?${query}#times`;
  };
  return (
    <article>
      <h1>{t("booking.page.title", { service: loaderData.service })}</h1>
      <p className="lead">{t("booking.page.intro", { minutes: loaderData.durationMinutes })}</p>
      {loaderData.kind === "group" && <p>{t("booking.page.groupIntro", { capacity: loaderData.capacity })}</p>}
      <Form method="get" action={`/${lang}/book/${loaderData.id}`} className="form narrow">
        <fieldset>
          <legend>{t("booking.page.choose")}</legend>
          {loaderData.practitioners.length > 1 && (
            <div className="field">
              <label htmlFor="b-practitioner">{t("booking.page.practitioner")}</label>
              <select id="b-practitioner" name="practitioner" defaultValue={choice.practitionerId ?? ""}>
                <option value="">{t("booking.page.anyPractitioner")}</option>
                {loaderData.practitioners.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.name}
                  </option>
                ))}
              </select>
            </div>
          )}
          <fieldset className="field">
            <legend>{t("booking.page.channel")}</legend>
            {loaderData.channels.map((c) => (
              <label key={c}>
                <input type="radio" name="channel" value={c} defaultChecked={c === choice.channel} /> {t(`booking.channel.${c}` as "booking.channel.phone")}
              </label>
            ))}
          </fieldset>
          <input type="hidden" name="week" value={choice.from} />
          <button type="submit" className="button">
            {t("booking.page.show")}
          </button>
        </fieldset>
      </Form>
      <section aria-labelledby="times" className="booking-week">
        <h2 id="times">{t("booking.page.week", { from: shortDay(choice.from, lang), to: shortDay(choice.to, lang) })}</h2>
        <nav className="pager" aria-label={t("booking.page.week", { from: shortDay(choice.from, lang), to: shortDay(choice.to, lang) })}>
          {choice.from > choice.today && (
            <Link to={weekLink(addDays(choice.from, -7) < choice.today ? choice.today : addDays(choice.from, -7))} rel="prev">
              {t("booking.page.prevWeek")}
            </Link>
          )}{" "}
          <Link to={weekLink(addDays(choice.from, 7))} rel="next">
            {t("booking.page.nextWeek")}
          </Link>
        </nav>
        {loaderData.days.length === 0 && <p>{t("booking.page.noneThisWeek")}</p>}
        {loaderData.days.map(({ day, times }) => (
          <section key={day} aria-labelledby={`day-${day}`}>
            <h3 id={`day-${day}`}>{bookingDay(`${day}T12:00:00Z`, lang)}</h3>
            <ul className="booking-times">
              {times.map((time) => (
                <li key={time.start}>
                  <Link
                    className="button button--secondary"
                    to={confirmPath(lang, loaderData.id, time.start, choice)}
                    aria-label={t("booking.page.timeLabel", { day: bookingDay(time.start, lang), time: bookingTime(time.start, lang) })}
                  >
                    {bookingTime(time.start, lang)}
                  </Link>
                  {loaderData.kind === "group" && <span> {t("booking.page.seatsLeft", { count: time.seatsLeft })}</span>}
                </li>
              ))}
            </ul>
          </section>
        ))}
      </section>
    </article>
  );
}
