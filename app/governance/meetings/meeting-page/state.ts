import type { FieldErrors } from "../../../kit/forms/components";
import type { ActionItemInput, AgendaInput, AgendaItemInput, AttendanceInput, DecisionInput, MeetingInput, MinutesInput } from "../inputs";
import type { Route } from "../routes/+types/meeting";

/** What the meeting page's loader gives its sections. */
export type MeetingPageData = Route.ComponentProps["loaderData"];
export type AgendaItemRow = MeetingPageData["items"][number];
export type ActionItemRow = MeetingPageData["actions"][number];
export type MemberRow = MeetingPageData["members"][number];

/**
 * Each form of the page by name, with the input it sends. A form about one agenda item or action
 * item also names the item (`id`), so that the answer shows at that one form.
 */
export type SentForm =
  | { form: "update"; input: MeetingInput }
  | { form: "invite" | "cancel" | "minutesState"; input: null }
  | { form: "propose"; input: AgendaItemInput }
  | { form: "agenda"; input: AgendaInput }
  | { form: "attendance"; input: AttendanceInput }
  | { form: "minutes"; input: MinutesInput }
  | { form: "decision"; id: string; input: DecisionInput }
  | { form: "action"; id: string; input: ActionItemInput }
  | { form: "status"; id: string; input: { status: string } };

export type FormName = SentForm["form"];

/** Someone else saved first: who and when, and the stored version and text the form now carries. */
export interface Conflict {
  by: string | null;
  at: string | null;
  version: number;
  current: string;
}

/** The action's answer to a refused form: 400 with field errors, or 409 with the conflict. */
export interface MeetingActionData {
  values: SentForm;
  errors?: FieldErrors;
  conflict?: Conflict;
  message?: string;
}

/** The notices a save comes back with (`?notice=…`); "created" comes from the year plan. */
export const meetingNotices = [
  "created",
  "saved",
  "invited",
  "cancelled",
  "proposed",
  "agendaSaved",
  "attendanceSaved",
  "minutesSaved",
  "circulated",
  "approved",
  "decisionSaved",
  "actionAdded",
  "actionUpdated",
] as const;
export type MeetingNotice = (typeof meetingNotices)[number];

/** The action's answer as the page's forms see it: each form takes the errors and conflict meant for it. */
export function formState(actionData: MeetingActionData | undefined) {
  const sent = actionData?.values;
  const isFor = (form: FormName, id?: string) => !!sent && sent.form === form && (!("id" in sent) || sent.id === id);
  return {
    sent,
    message: actionData?.message,
    errorsFor: (form: FormName, id?: string) => (isFor(form, id) ? actionData?.errors : undefined),
    conflictFor: (form: FormName, id?: string) => (isFor(form, id) ? actionData?.conflict : undefined),
  };
}
export type FormState = ReturnType<typeof formState>;
