import type { CurrentUser } from "../../../kit/permissions/roles";
import type { Language } from "../../../kit/i18n/languages";
import { notFoundResponse } from "../../../kit/http/respond.server";
import { addActionItem, setActionStatus } from "../commands/action-item.server";
import { proposeAgendaItem, saveAgenda, saveDecision } from "../commands/agenda.server";
import { recordAttendance } from "../commands/attendance.server";
import { cancelMeeting, inviteToMeeting, updateMeeting } from "../commands/meeting.server";
import { approveMinutes, circulateMinutes, saveMinutes } from "../commands/minutes.server";
import { meetingFromForm } from "../form-data";
import { meetingPage } from "../queries.server";
import type { MeetingForm } from "./answer.server";
import { actionItemFromForm, actionStatusFromForm, agendaFromForm, attendanceFromForm, decisionFromForm, minutesFromForm, proposalFromForm } from "./forms";

/** A post to the meeting page: who sends which form about which meeting. */
export interface MeetingPost {
  user: CurrentUser;
  meetingId: string;
  lang: Language;
  form: FormData;
}

/** Each intent reads its form and names its one command; answerMeetingForm runs it and answers. */
type Intent = (post: MeetingPost) => MeetingForm | Promise<MeetingForm>;

/** The meeting as stored now, for answering a conflict; it is there, since the command just found it. */
async function storedMeeting(post: MeetingPost) {
  const page = await meetingPage(post.meetingId);
  if (!page) throw notFoundResponse(post.lang);
  return page;
}

/** A form naming an entry by something that is not a uuid names nothing there is: 404. */
function named<T>(found: T | null, lang: Language): T {
  if (found === null) throw notFoundResponse(lang);
  return found;
}

const intents = {
  update: ({ user, meetingId, form }) => {
    const input = meetingFromForm(form);
    return { sent: { form: "update", input }, run: () => updateMeeting(user, meetingId, input), notice: "saved" };
  },
  invite: ({ user, meetingId }) => ({ sent: { form: "invite", input: null }, run: () => inviteToMeeting(user, meetingId), notice: "invited" }),
  cancel: ({ user, meetingId }) => ({ sent: { form: "cancel", input: null }, run: () => cancelMeeting(user, meetingId), notice: "cancelled" }),
  propose: ({ user, meetingId, form }) => {
    const input = proposalFromForm(form);
    return { sent: { form: "propose", input }, run: () => proposeAgendaItem(user, meetingId, input), notice: "proposed", anchor: "#agenda-heading" };
  },
  agenda: (post) => {
    const { input, fieldOf } = agendaFromForm(post.form);
    return {
      sent: { form: "agenda", input },
      run: () => saveAgenda(post.user, post.meetingId, input),
      notice: "agendaSaved",
      anchor: "#agenda-heading",
      fieldOf,
      stored: async () => ({ version: (await storedMeeting(post)).meeting.agendaVersion, current: "" }),
    };
  },
  attendance: ({ user, meetingId, form }) => {
    const input = attendanceFromForm(form);
    return {
      sent: { form: "attendance", input },
      run: () => recordAttendance(user, meetingId, input),
      notice: "attendanceSaved",
      anchor: "#attendance-heading",
    };
  },
  minutes: (post) => {
    const input = minutesFromForm(post.form);
    return {
      sent: { form: "minutes", input },
      run: () => saveMinutes(post.user, post.meetingId, input),
      notice: "minutesSaved",
      anchor: "#minutes-heading",
      stored: async () => {
        const { meeting } = await storedMeeting(post);
        return { version: meeting.minutesVersion, current: meeting.minutes };
      },
    };
  },
  circulate: ({ user, meetingId }) => ({
    sent: { form: "minutesState", input: null },
    run: () => circulateMinutes(user, meetingId),
    notice: "circulated",
    anchor: "#minutes-heading",
  }),
  approve: ({ user, meetingId }) => ({
    sent: { form: "minutesState", input: null },
    run: () => approveMinutes(user, meetingId),
    notice: "approved",
    anchor: "#minutes-heading",
  }),
  decision: (post) => {
    const { agendaItemId, input } = named(decisionFromForm(post.form), post.lang);
    return {
      sent: { form: "decision", id: agendaItemId, input },
      run: () => saveDecision(post.user, agendaItemId, input),
      notice: "decisionSaved",
      anchor: `#item-${agendaItemId}`,
      stored: async () => {
        const item = (await storedMeeting(post)).items.find((i) => i.id === agendaItemId);
        return { version: item?.version ?? 1, current: item?.decision ?? "" };
      },
    };
  },
  action: ({ user, form, lang }) => {
    const { agendaItemId, input } = named(actionItemFromForm(form), lang);
    return {
      sent: { form: "action", id: agendaItemId, input },
      run: () => addActionItem(user, agendaItemId, input),
      notice: "actionAdded",
      anchor: `#item-${agendaItemId}`,
    };
  },
  actionStatus: ({ user, form, lang }) => {
    const { actionItemId, status } = named(actionStatusFromForm(form), lang);
    return { sent: { form: "status", id: actionItemId, input: { status } }, run: () => setActionStatus(user, actionItemId, status), notice: "actionUpdated" };
  },
} satisfies Record<string, Intent>;

/** The page's forms by their `intent`; a post with any other intent has no form here (the route answers 403). */
export const meetingIntents: ReadonlyMap<string, Intent> = new Map(Object.entries(intents));
