import { text } from "../../kit/forms/form-data";
import type { MeetingInput } from "./inputs";

type Fields = Pick<FormData, "get" | "getAll" | "keys">;
export const optional = (form: Fields, name: string) => text(form, name).trim() || undefined;

/** The meeting form's fields as the meeting commands' input; the commands validate. */
export function meetingFromForm(form: Fields): MeetingInput {
  return {
    theme: text(form, "theme"),
    date: text(form, "date"),
    startTime: text(form, "startTime"),
    endTime: text(form, "endTime"),
    place: optional(form, "place"),
    onlineUrl: optional(form, "onlineUrl"),
    agendaDeadline: text(form, "agendaDeadline"),
  };
}
