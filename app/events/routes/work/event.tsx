import { Form, Link } from "react-router";
import { requireUser } from "~/kit/permissions/current-user.server";
import { pageTitle } from "~/kit/page-title";
import { translator } from "~/kit/i18n/catalogue";
import { languageOf } from "~/kit/i18n/languages";
import { localize } from "~/kit/i18n/localized";
import { useLanguage, useT } from "~/kit/i18n/use-i18n";
import { commandFailure, editFailure, forbiddenResponse, notFoundResponse, redirectWithNotice, requireId } from "~/kit/http/respond.server";
import { Notice } from "~/kit/forms/components";
import { formatNumber } from "~/kit/i18n/numbers";
import { text } from "~/kit/forms/form-data";
import { sendFeedbackForm } from "../../commands/attendance.server";
import { formOf, updateEvent } from "../../commands/event.server";
import { addSession, removeSession } from "../../commands/session.server";
import { EventForm, SessionForm } from "../../components/event-form";
import { eventFromForm, sessionFromForm } from "../../form-data";
import { eventWhen, finnishDayKey, sessionHours } from "../../format";
import type { EventInput, SessionInput } from "../../inputs";
import { canManageEvent } from "../../permissions";
import { eventPage, feedbackOf, registrationsOf } from "../../queries.server";
import { formChoices } from "./work-choices.server";
import type { Route } from "./+types/event";

async function managedEvent(request: Request, params: Route.LoaderArgs["params"]) {
  const lang = languageOf(params);
  const user = await requireUser(request, lang);
  const found = await eventPage(requireId(params.id, lang));
  if (!found) throw notFoundResponse(lang);
  if (!canManageEvent(user, found.event)) throw forbiddenResponse(lang);
  return { lang, user, found };
}

const storedEvent = async (id: string) => {
  const found = await eventPage(id);
  return found ? { version: found.event.version, values: formOf(found.event) } : null;
};

/** `/:lang/work/events/:id`: an event's details, programme, registrations and feedback, for those who run it. */
export async function loader({ request, params }: Route.LoaderArgs) {
  const { lang, user, found } = await managedEvent(request, params);
  const { event: e } = found;
  const [registrations, feedback] = await Promise.all([registrationsOf(e.id), feedbackOf(e.id)]);
  const ratings = feedback.map((f) => f.rating);
  return {
    id: e.id,
    title: localize(e.title, lang).text,
    when: eventWhen(e.startsAt, e.endsAt, lang),
    version: e.version,
    values: formOf(e) as EventInput,
    sessionDay: finnishDayKey(e.startsAt),
    ended: e.endsAt <= new Date(),
    feedbackSent: !!e.feedbackSentAt,
    capacity: e.capacity,
    sessions: found.sessions.map((s) => ({
      id: s.id,
      hours: sessionHours(s.startsAt, s.endsAt, lang),
      title: localize(s.title, lang).text,
      speaker: s.speaker,
    })),
    registrations: registrations.map((r) => ({
      id: r.id,
      queueNo: r.queueNo,
      status: r.status,
      name: r.name ?? "–",
      organizationName: r.organizationName ?? "",
      checkedIn: !!r.checkedInAt,
    })),
    feedback: {
      count: ratings.length,
      mean: ratings.length ? formatNumber(ratings.reduce((a, b) => a + b, 0) / ratings.length, lang) : null,
      comments: feedback.map((f) => f.comment).filter(Boolean),
    },
    ...(await formChoices(user, lang)),
  };
}

type Sent = { form: "event"; event: EventInput } | { form: "session"; session: SessionInput } | { form: "other" };

export async function action({ request, params }: Route.ActionArgs) {
  const { lang, user, found } = await managedEvent(request, params);
  const id = found.event.id;
  const form = await request.formData();
  const back = `/${lang}/work/events/${id}`;
  const intent = form.get("intent");
  if (intent === "session") {
    const session = sessionFromForm(form);
    try {
      await addSession(user, id, session);
      return redirectWithNotice(back, "created");
    } catch (error) {
      return commandFailure<Sent>(error, lang, { form: "session", session });
    }
  }
  if (intent === "remove-session" || intent === "send-feedback") {
    try {
      if (intent === "remove-session") await removeSession(user, id, text(form, "sessionId"));
      else await sendFeedbackForm(user, id);
      return redirectWithNotice(back, "saved");
    } catch (error) {
      return commandFailure<Sent>(error, lang, { form: "other" });
    }
  }
  const event = eventFromForm(form);
  try {
    await updateEvent(user, id, event);
    return redirectWithNotice(back, "saved");
  } catch (error) {
    return editFailure<Sent>(error, lang, { form: "event", event }, () => storedEvent(id));
  }
}

export const meta = ({ params, loaderData }: Route.MetaArgs) => pageTitle(params.lang, loaderData?.title ?? translator(languageOf(params))("events.workTitle"));

export default function WorkEvent({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const lang = useLanguage();
  const d = loaderData;
  const sent = actionData && "values" in actionData ? actionData : undefined;
  const errors = sent && "errors" in sent ? sent.errors : undefined;
  const conflict = sent && "conflict" in sent ? sent.conflict : undefined;
  const eventState =
    sent?.values.form === "event" ? { values: sent.values.event, errors, conflict, version: d.version } : { values: d.values, version: d.version };
  const sessionState =
    sent?.values.form === "session"
      ? { values: sent.values.session, errors }
      : { values: { title: {}, date: d.sessionDay, startTime: "", endTime: "" } as SessionInput };
  const confirmed = d.registrations.filter((r) => r.status === "confirmed");
  const waiting = d.registrations.filter((r) => r.status === "waiting");
  return (
    <>
      <p>
        <Link to={`/${lang}/work/events`}>{t("events.backToWork")}</Link>
      </p>
      <h1>{d.title}</h1>
      <p className="lead">{d.when}</p>
      <Notice />
      {sent?.values.form === "other" && errors && (
        <p className="alert alert--error" role="alert">
          {Object.values(errors)[0]}
        </p>
      )}
      <p>
        <Link to={`/${lang}/events/${d.id}`}>{t("events.publicPage")}</Link> ·{" "}
        <Link to={`/${lang}/work/events/${d.id}/check-in`}>{t("events.checkIn.title")}</Link> ·{" "}
        <Link to={`/${lang}/work/events/${d.id}/print`}>{t("events.print.title")}</Link>
      </p>
      <section aria-labelledby="ev-registrations">
        <h2 id="ev-registrations">{t("events.seatCounts", { confirmed: confirmed.length, capacity: d.capacity, waiting: waiting.length })}</h2>
        {d.registrations.length === 0 ? (
          <p>{t("events.noRegistrations")}</p>
        ) : (
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t("events.queueNo")}</th>
                <th scope="col">{t("events.name")}</th>
                <th scope="col">{t("events.organizationName")}</th>
                <th scope="col">{t("events.status")}</th>
              </tr>
            </thead>
            <tbody>
              {d.registrations.map((r) => (
                <tr key={r.id}>
                  <td>{r.queueNo}</td>
                  <td>{r.name}</td>
                  <td>{r.organizationName}</td>
                  <td>
                    {t(`events.status.${r.status}` as "events.status.confirmed")}
                    {r.checkedIn && `, ${t("events.checkIn.arrived")}`}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section aria-labelledby="ev-feedback">
        <h2 id="ev-feedback">{t("events.feedback.title")}</h2>
        {d.feedback.count > 0 && <p>{t("events.feedback.summary", { count: d.feedback.count, mean: d.feedback.mean ?? "" })}</p>}
        {d.feedback.comments.length > 0 && (
          <ul>
            {d.feedback.comments.map((c, i) => (
              <li key={i}>{c}</li>
            ))}
          </ul>
        )}
        {d.feedbackSent ? (
          <p>{t("events.feedback.sent")}</p>
        ) : d.ended ? (
          <Form method="post">
            <input type="hidden" name="intent" value="send-feedback" />
            <button type="submit" className="button">
              {t("events.feedback.sendForm")}
            </button>
          </Form>
        ) : (
          <p>{t("events.feedback.afterEvent")}</p>
        )}
      </section>
      <section aria-labelledby="ev-programme">
        <h2 id="ev-programme">{t("events.programme")}</h2>
        {d.sessions.length > 0 && (
          <ul className="link-list">
            {d.sessions.map((s) => (
              <li key={s.id}>
                {s.hours} {s.title}
                {s.speaker && ` – ${s.speaker}`}{" "}
                <Form method="post" className="inline-form">
                  <input type="hidden" name="intent" value="remove-session" />
                  <input type="hidden" name="sessionId" value={s.id} />
                  <button type="submit" className="button button--secondary" aria-label={t("events.removeSessionNamed", { title: s.title })}>
                    {t("events.removeSession")}
                  </button>
                </Form>
              </li>
            ))}
          </ul>
        )}
        <SessionForm state={sessionState} />
      </section>
      <section className="card" aria-labelledby="ev-edit">
        <h2 id="ev-edit">{t("events.editEvent")}</h2>
        <EventForm state={eventState} regions={d.regions} organizations={d.organizations} servicePoints={d.servicePoints} submit={t("common.save")} />
      </section>
    </>
  );
}
