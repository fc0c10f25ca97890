import { Link, useLocation } from "react-router";
import { requireUser } from "~/kit/permissions/current-user.server";
import type { CurrentUser } from "~/kit/permissions/roles";
import { renderMarkdown } from "~/kit/markdown/render-markdown.server";
import { pageTitle } from "~/kit/page-title";
import { translator, type MessageKey } from "~/kit/i18n/catalogue";
import { useLanguage, useT } from "~/kit/i18n/use-i18n";
import { ErrorSummary, Notice } from "~/kit/forms/components";
import { useLocalize } from "~/kit/i18n/localized-text";
import { text } from "~/kit/forms/form-data";
import { languageOf } from "~/kit/i18n/languages";
import { forbiddenResponse, notFoundResponse, requireId } from "~/kit/http/respond.server";
import { todayInFinland } from "~/kit/dates/calendar";
import { meetingFormValues } from "../commands/meeting.server";
import { planPath } from "../components";
import { AgendaSection } from "../meeting-page/agenda";
import { answerMeetingForm } from "../meeting-page/answer.server";
import { AttendanceSection } from "../meeting-page/attendance";
import { MeetingDetails } from "../meeting-page/details";
import { meetingIntents } from "../meeting-page/intents.server";
import { ManageMeeting } from "../meeting-page/manage";
import { MinutesSection } from "../meeting-page/minutes";
import { formState, meetingNotices } from "../meeting-page/state";
import { canProposeAgendaItem, canReadMeetings, canRunMeetings } from "../permissions";
import { invitationPreview, meetingPage } from "../queries.server";
import type { Route } from "./+types/meeting";

async function load(id: string, user: CurrentUser, lang: ReturnType<typeof languageOf>) {
  const page = await meetingPage(id);
  if (!page) throw notFoundResponse(lang);
  const scope = { regionCode: page.group.regionCode, memberships: page.memberships };
  const today = todayInFinland();
  if (!canReadMeetings(user, scope, today)) throw forbiddenResponse(lang);
  return { page, scope, today };
}

export async function loader({ request, params }: Route.LoaderArgs) {
  const lang = languageOf(params);
  const user = await requireUser(request, lang);
  const { page, scope, today } = await load(requireId(params.id, lang), user, lang);
  const runs = canRunMeetings(user, scope, today);
  const now = new Date();
  const beforeDeadline = now <= page.meeting.agendaDeadline;
  const cancelled = page.meeting.status === "cancelled";
  const proposeFor = page.subGroups.filter((g) => canProposeAgendaItem(user, scope, today, beforeDeadline, g.scope)).map((g) => ({ id: g.id, name: g.name }));
  const { minutes, ...meeting } = page.meeting;
  // Draft minutes are the secretary's working copy; members read them once circulated.
  const showMinutes = runs || page.meeting.minutesStatus !== "draft";
  return {
    meeting: { ...meeting, minutes: showMinutes ? minutes : "" },
    minutesHtml: showMinutes && minutes.trim() ? renderMarkdown(minutes) : "",
    group: page.group,
    runs,
    canPropose: !cancelled && canProposeAgendaItem(user, scope, today, beforeDeadline),
    proposeFor: cancelled ? [] : proposeFor,
    beforeDeadline,
    held: page.meeting.startsAt <= now,
    items: page.items,
    actions: page.actions,
    members: page.meetingDayMembers,
    present: page.attendance.filter((a) => a.present).map((a) => a.membershipId),
    recorded: page.recorded,
    quorum: page.quorum,
    approvedAt: page.approvedAt,
    values: meetingFormValues(page.meeting),
    // Who the invitation goes to, for those who send it; nobody else sees the addresses.
    invitation: runs && !cancelled ? await invitationPreview(page.meeting.id, user) : null,
  };
}

/** Each form posts its `intent`; an intent the page has no form for is refused as before (403). */
export async function action({ request, params }: Route.ActionArgs) {
  const lang = languageOf(params);
  const user = await requireUser(request, lang);
  const meetingId = requireId(params.id, lang);
  const form = await request.formData();
  const intent = meetingIntents.get(text(form, "intent"));
  if (!intent) throw forbiddenResponse(lang);
  return answerMeetingForm(lang, meetingId, await intent({ user, meetingId, lang, form }));
}

export const meta = ({ params, loaderData }: Route.MetaArgs) => {
  const lang = languageOf(params);
  return pageTitle(lang, loaderData ? translator(lang)("meetings.meetingTitle", { theme: loaderData.meeting.theme }) : translator(lang)("meetings.meeting"));
};

export default function MeetingPage({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const lang = useLanguage();
  const localize = useLocalize();
  const location = useLocation();
  const { meeting, group, runs } = loaderData;
  // A new answer (or a new visit) remounts the forms, so that they show the values it carries.
  const key = `${location.key}-${JSON.stringify(actionData ?? null)}`;
  const state = formState(actionData);
  const sent = state.sent;
  return (
    <>
      <p>
        <Link to={planPath(lang, group.id)}>{t("meetings.planTitle", { group: localize(group.name) })}</Link>
      </p>
      <h1>{t("meetings.meetingTitle", { theme: meeting.theme })}</h1>
      <Notice notices={notices} />
      {/* Forms that are a single button (or a status) show their refusals here, at the top. */}
      <ErrorSummary errors={sent && (sent.form === "invite" || sent.form === "cancel" || sent.form === "status") ? actionData?.errors : undefined} />
      <MeetingDetails meeting={meeting} />
      {runs && meeting.status !== "cancelled" && (
        <ManageMeeting meeting={meeting} invitation={loaderData.invitation} values={loaderData.values} state={state} formKey={key} />
      )}
      <AgendaSection data={loaderData} state={state} formKey={key} />
      <AttendanceSection data={loaderData} state={state} formKey={key} />
      <MinutesSection data={loaderData} state={state} formKey={key} />
    </>
  );
}

const notices: Record<string, MessageKey> = Object.fromEntries(meetingNotices.map((n) => [n, `meetings.notice.${n}` as const]));
