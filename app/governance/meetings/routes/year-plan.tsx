import { Form, Link, redirect, useLocation } from "react-router";
import { requireUser } from "~/kit/permissions/current-user.server";
import { pageTitle } from "~/kit/page-title";
import { config } from "~/kit/config.server";
import { translator } from "~/kit/i18n/catalogue";
import { localize } from "~/kit/i18n/localized";
import { useLanguage, useT } from "~/kit/i18n/use-i18n";
import { Notice } from "~/kit/forms/components";
import { formatDate } from "~/kit/format";
import { useLocalize } from "~/kit/i18n/localized-text";
import { languageOf } from "~/kit/i18n/languages";
import { commandFailure, forbiddenResponse, notFoundResponse, requireId } from "~/kit/http/respond.server";
import { todayInFinland } from "~/kit/dates/calendar";
import { createMeeting } from "../commands/meeting.server";
import { rotateCalendarFeed } from "../commands/calendar-feed.server";
import { ActionItemsTable, formatMeetingTime, MeetingFields, meetingPath, minutesStatusKey, planPath } from "../components";
import type { MeetingInput } from "../inputs";
import { canReadMeetings, canRunMeetings } from "../permissions";
import { calendarToken, groupScope, meetingsMissingMinutes, openActionItems, planYears, yearPlan } from "../queries.server";
import { meetingFromForm } from "../form-data";
import type { Route } from "./+types/year-plan";

/** A group's yearly meeting plan: the year's meetings with their themes, and a form to add one. */
export async function loader({ request, params }: Route.LoaderArgs) {
  const lang = languageOf(params);
  const user = await requireUser(request, lang);
  const groupId = requireId(params.id, lang);
  const scope = await groupScope(groupId);
  if (!scope) throw notFoundResponse(lang);
  const today = todayInFinland();
  if (!canReadMeetings(user, scope, today)) throw forbiddenResponse(lang);
  const requested = Number(new URL(request.url).searchParams.get("year"));
  const year = Number.isInteger(requested) && requested >= 2000 && requested <= 2100 ? requested : Number(today.slice(0, 4));
  const token = await calendarToken(groupId, user.id);
  const feedUrl = `${config.publicUrl}/calendars/${token}.ics`;
  return {
    group: { id: groupId, name: scope.name },
    year,
    years: await planYears(groupId),
    meetings: await yearPlan(groupId, year),
    missing: await meetingsMissingMinutes(new Date(), [groupId]),
    actions: await openActionItems(groupId),
    runs: canRunMeetings(user, scope, today),
    feedUrl,
    webcalUrl: feedUrl.replace(/^https?:/, "webcal:"),
    defaults: { theme: "", date: "", startTime: "13:00", endTime: "15:00", agendaDeadline: "" } satisfies MeetingInput,
  };
}

export async function action({ request, params }: Route.ActionArgs) {
  const lang = languageOf(params);
  const user = await requireUser(request, lang);
  const groupId = requireId(params.id, lang);
  const form = await request.formData();
  if (form.get("intent") === "rotateFeed") {
    try {
      await rotateCalendarFeed(user, groupId);
    } catch (error) {
      return commandFailure(error, lang, { input: undefined });
    }
    return redirect(`${planPath(lang, groupId)}?notice=feedRotated#feed-heading`, { status: 303 });
  }
  const input = meetingFromForm(form);
  let id: string;
  try {
    id = await createMeeting(user, groupId, input);
  } catch (error) {
    return commandFailure(error, lang, { input });
  }
  return redirect(`${meetingPath(lang, id)}?notice=created`, { status: 303 });
}

export const meta = ({ params, loaderData }: Route.MetaArgs) => {
  const lang = languageOf(params);
  return pageTitle(lang, translator(lang)("meetings.planTitle", { group: loaderData ? localize(loaderData.group.name, lang).text : "" }));
};

const planNotices = { feedRotated: "meetings.notice.feedRotated" } as const;

export default function YearPlan({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const lang = useLanguage();
  const localizeText = useLocalize();
  const location = useLocation();
  const { group, year, years, meetings, runs, missing } = loaderData;
  const errors = actionData && "errors" in actionData ? actionData.errors : undefined;
  const sent = actionData && "values" in actionData ? actionData.values.input : undefined;
  return (
    <>
      <p>
        <Link to={`/${lang}/groups/${group.id}`}>{localizeText(group.name)}</Link>
      </p>
      <h1>{t("meetings.planTitle", { group: localizeText(group.name) })}</h1>
      <Notice notices={planNotices} />
      <p className="lead">{t("meetings.planIntro")}</p>
      {missing.length > 0 && (
        <div className="alert alert--error" role="status">
          <p>{t("meetings.missingMinutesIntro", { count: missing.length })}</p>
          <ul>
            {missing.map((m) => (
              <li key={m.id}>
                <Link to={meetingPath(lang, m.id)}>
                  {formatDate(m.startsAt, lang)}: {m.theme}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      )}
      <nav aria-label={t("meetings.years")}>
        <ul className="tags">
          {years.map((y) => (
            <li key={y}>
              <Link to={planPath(lang, group.id, y)} aria-current={y === year ? "page" : undefined}>
                {y}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <section aria-labelledby="plan-heading">
        <h2 id="plan-heading">{t("meetings.yearHeading", { year })}</h2>
        {meetings.length === 0 ? (
          <p>{t("meetings.noMeetings")}</p>
        ) : (
          <div className="table-wrap">
            <table className="data">
              <caption className="visually-hidden">{t("meetings.yearHeading", { year })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("meetings.col.when")}</th>
                  <th scope="col">{t("meetings.theme")}</th>
                  <th scope="col">{t("meetings.col.where")}</th>
                  <th scope="col">{t("meetings.col.agenda")}</th>
                  <th scope="col">{t("meetings.col.state")}</th>
                </tr>
              </thead>
              <tbody>
                {meetings.map((m) => (
                  <tr key={m.id}>
                    <td>{formatMeetingTime(m.startsAt, m.endsAt, lang)}</td>
                    <td>
                      <Link to={meetingPath(lang, m.id)}>{m.theme}</Link>
                    </td>
                    <td>{[m.place, m.onlineUrl ? t("meetings.online") : ""].filter(Boolean).join(", ")}</td>
                    <td>
                      {t("meetings.agendaCounts", { accepted: m.accepted, proposed: m.proposed })}
                      <br />
                      <span className="muted">{t("meetings.deadlineShort", { date: formatDate(m.agendaDeadline, lang) })}</span>
                    </td>
                    <td>
                      {m.status === "cancelled" ? t("meetings.cancelled") : m.invitedAt ? t("meetings.invited") : t("meetings.notInvited")}
                      <br />
                      {t("meetings.minutesState", { state: t(minutesStatusKey(m.minutesStatus)) })}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <section aria-labelledby="actions-heading">
        <h2 id="actions-heading">{t("meetings.openActions")}</h2>
        {loaderData.actions.length === 0 ? (
          <p>{t("meetings.noOpenActions")}</p>
        ) : (
          <ActionItemsTable
            caption={t("meetings.openActions")}
            actions={loaderData.actions}
            from={{
              heading: t("meetings.actionFrom"),
              cell: (a) => (
                <Link to={meetingPath(lang, a.meetingId)}>
                  {formatDate(a.meetingStartsAt, lang)}: {a.itemTitle}
                </Link>
              ),
            }}
          />
        )}
      </section>
      <section aria-labelledby="feed-heading" className="card">
        <h2 id="feed-heading">{t("meetings.feedHeading")}</h2>
        <p>{t("meetings.feedIntro")}</p>
        <p>
          <label htmlFor="feed-url">{t("meetings.feedUrl")}</label>
          <br />
          <input id="feed-url" type="text" readOnly value={loaderData.feedUrl} size={60} />
        </p>
        <p>
          <a href={loaderData.webcalUrl}>{t("meetings.feedSubscribe")}</a>
        </p>
        <Form method="post">
          <p id="feed-rotate-hint">{t("meetings.feedRotateHint")}</p>
          <button type="submit" name="intent" value="rotateFeed" className="button button--secondary" aria-describedby="feed-rotate-hint">
            {t("meetings.feedRotate")}
          </button>
        </Form>
      </section>
      {runs && (
        <section aria-labelledby="new-meeting-heading">
          <h2 id="new-meeting-heading">{t("meetings.add")}</h2>
          <Form method="post" className="form" noValidate key={`${location.key}-${JSON.stringify(actionData ?? null)}`}>
            <MeetingFields values={sent ?? loaderData.defaults} errors={errors} />
            <button type="submit" className="button">
              {t("meetings.addButton")}
            </button>
          </Form>
        </section>
      )}
    </>
  );
}
