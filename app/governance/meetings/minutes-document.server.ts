import { requireUser } from "~/kit/permissions/current-user.server";
import { renderMarkdown } from "~/kit/markdown/render-markdown.server";
import { translator } from "~/kit/i18n/catalogue";
import { localize } from "~/kit/i18n/localized";
import { languageOf, type Language } from "~/kit/i18n/languages";
import { formatDate } from "~/kit/format";
import { forbiddenResponse, notFoundResponse, requireId } from "~/kit/http/respond.server";
import { todayInFinland } from "~/kit/dates/calendar";
import { positionKey } from "../components";
import { formatMeetingTime, minutesStatusKey } from "./components";
import { canReadMeetings, canRunMeetings } from "./permissions";
import { meetingPage } from "./queries.server";

/** The minutes as a document to print or download: what the meeting page shows of them, without its forms. */
export interface MinutesDocument {
  lang: Language;
  meetingId: string;
  groupName: string;
  title: string;
  facts: { term: string; value: string }[];
  present: string[];
  decisions: { title: string; decision: string }[];
  /** Markdown, as the secretary wrote it. */
  minutes: string;
  minutesHtml: string;
}

/**
 * The minutes of a meeting for its print view and PDF, read by the same rule as the meeting page:
 * those who may read the group's meetings, and draft minutes only by those who run them (otherwise
 * 404, as if there were none yet). A meeting without minutes has no document either.
 */
export async function loadMinutesDocument(request: Request, params: { lang?: string; id?: string }): Promise<MinutesDocument> {
  const lang = languageOf(params);
  const t = translator(lang);
  const user = await requireUser(request, lang);
  const page = await meetingPage(requireId(params.id, lang));
  if (!page) throw notFoundResponse(lang);
  const scope = { regionCode: page.group.regionCode, memberships: page.memberships };
  const today = todayInFinland();
  if (!canReadMeetings(user, scope, today)) throw forbiddenResponse(lang);
  const { meeting } = page;
  const readable = meeting.minutesStatus !== "draft" || canRunMeetings(user, scope, today);
  if (!readable || !meeting.minutes.trim()) throw notFoundResponse(lang);
  const present = new Set(page.attendance.filter((a) => a.present).map((a) => a.membershipId));
  const status = t(minutesStatusKey(meeting.minutesStatus));
  const facts = [
    { term: t("meetings.col.when"), value: formatMeetingTime(meeting.startsAt, meeting.endsAt, lang) },
    ...(meeting.place ? [{ term: t("meetings.place"), value: meeting.place }] : []),
    {
      term: t("meetings.minutesHeading"),
      value: page.approvedAt ? `${status} – ${t("meetings.approvedAtMeeting", { date: formatDate(page.approvedAt.startsAt, lang) })}` : status,
    },
  ];
  return {
    lang,
    meetingId: meeting.id,
    groupName: localize(page.group.name, lang).text,
    title: t("meetings.meetingTitle", { theme: meeting.theme }),
    facts,
    present: page.meetingDayMembers
      .filter((m) => present.has(m.id))
      .map((m) => `${localize(m.organizationName, lang).text}${m.givenName ? ` – ${m.givenName} ${m.familyName}` : ""} (${t(positionKey(m.position))})`),
    decisions: page.items.filter((i) => i.status === "accepted" && i.decision.trim()).map((i) => ({ title: i.title, decision: i.decision })),
    minutes: meeting.minutes,
    minutesHtml: renderMarkdown(meeting.minutes),
  };
}
