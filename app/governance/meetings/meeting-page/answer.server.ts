import { data, redirect } from "react-router";
import { formatDateTime } from "../../../kit/format";
import { EditConflict, InvalidInput } from "../../../kit/validation/errors";
import { translator } from "../../../kit/i18n/catalogue";
import type { Language } from "../../../kit/i18n/languages";
import { commandFailure } from "../../../kit/http/respond.server";
import type { Conflict, MeetingActionData, MeetingNotice, SentForm } from "./state";

/** What is stored now, shown beside the user's text when someone else saved first. */
export interface Stored {
  version: number;
  current: string;
}

export interface MeetingForm {
  /** The form's name and the input it sent, given back with a refusal so the form shows both. */
  sent: SentForm;
  /** The form's one command. */
  run: () => Promise<unknown>;
  notice: MeetingNotice;
  /** Where the page opens after saving, e.g. "#minutes-heading". */
  anchor?: string;
  /** Issue paths name the command's input ("items.0.status"); the form's fields may be named otherwise. */
  fieldOf?: (path: string) => string;
  /** A save guarded by a version answers someone else's earlier save with 409 and what is stored now. */
  stored?: () => Promise<Stored>;
}

/** A refusal answered on the page: the data with its status (400 or 409). */
type Refusal = ReturnType<typeof data<MeetingActionData>>;
export type MeetingAnswer = Response | Refusal;

/**
 * Runs a form's command on a meeting. Refusals are answered where the form is: bad input 400 with
 * the field errors and the values sent, an edit conflict 409 with who saved first (403 and 404 are
 * thrown by commandFailure). Otherwise back to the meeting's page with the notice (post-redirect-get).
 */
export async function answerMeetingForm(lang: Language, meetingId: string, form: MeetingForm): Promise<MeetingAnswer> {
  try {
    await form.run();
  } catch (error) {
    if (error instanceof EditConflict && form.stored) return conflictAnswer(error, lang, form.sent, await form.stored());
    const { fieldOf } = form;
    const failure = error instanceof InvalidInput && fieldOf ? new InvalidInput(error.issues.map((i) => ({ ...i, path: fieldOf(i.path) }))) : error;
    return commandFailure(failure, lang, form.sent);
  }
  return redirect(`/${lang}/work/meetings/${meetingId}?notice=${form.notice}${form.anchor ?? ""}`, { status: 303 });
}

function conflictAnswer(error: EditConflict, lang: Language, sent: SentForm, stored: Stored): Refusal {
  const t = translator(lang);
  const conflict: Conflict = { by: error.savedBy, at: error.savedAt ? error.savedAt.toISOString() : null, ...stored };
  const message = t("meetings.conflict", { by: error.savedBy ?? t("meetings.someoneElse"), at: error.savedAt ? formatDateTime(error.savedAt, lang) : "" });
  return data({ conflict, message, values: sent }, { status: 409 });
}
