import { isUuid } from "../../../kit/validation/uuid";
import { list, text } from "../../../kit/forms/form-data";
import { optional } from "../form-data";
import type { ActionItemInput, AgendaInput, AgendaItemInput, AttendanceInput, DecisionInput, MinutesInput } from "../inputs";

/**
 * The meeting page's forms as its commands' inputs, one function per form (the meeting's details
 * use meetingFromForm of ../form-data). Nothing is validated here: the commands do that. A form
 * about one entry names it in a field; a value that is not a uuid names nothing (null).
 */
type Fields = Pick<FormData, "get" | "getAll" | "keys">;

export const proposalFromForm = (form: Fields): AgendaItemInput => ({
  title: text(form, "title"),
  description: optional(form, "description"),
  proposedByGroupId: optional(form, "proposedByGroupId"),
});

/**
 * The agenda as arranged: the items are listed in `itemIds`, and each item's fields carry its id
 * (`items.<id>.status`) so that they are unique on the page. The command's issues name items by
 * their place in the list (`items.0.status`); `fieldOf` names the field on the page instead.
 */
export function agendaFromForm(form: Fields): { input: AgendaInput; fieldOf: (path: string) => string } {
  const ids = list(form, "itemIds");
  const input = {
    version: text(form, "version"),
    items: ids.map((id) => ({ id, status: text(form, `items.${id}.status`), position: text(form, `items.${id}.position`) })),
  };
  const fieldOf = (path: string) => path.replace(/^items\.(\d+)\./, (whole, index: string) => (ids[Number(index)] ? `items.${ids[Number(index)]}.` : whole));
  return { input, fieldOf };
}

export const attendanceFromForm = (form: Fields): AttendanceInput => ({ present: list(form, "present") });

/** The minutes' text is in `minutes`, with the version the editor started from. */
export const minutesFromForm = (form: Fields): MinutesInput => ({ version: text(form, "version"), text: text(form, "minutes") });

/** The decision under an agenda item; its field carries the item's id (`decision.<id>`). */
export function decisionFromForm(form: Fields): { agendaItemId: string; input: DecisionInput } | null {
  const agendaItemId = text(form, "agendaItemId");
  if (!isUuid(agendaItemId)) return null;
  return { agendaItemId, input: { version: text(form, "version"), decision: text(form, `decision.${agendaItemId}`) } };
}

/** A new action item under an agenda item; its fields carry the item's id (`action.<id>.owner`). */
export function actionItemFromForm(form: Fields): { agendaItemId: string; input: ActionItemInput } | null {
  const agendaItemId = text(form, "agendaItemId");
  if (!isUuid(agendaItemId)) return null;
  const p = `action.${agendaItemId}.`;
  return {
    agendaItemId,
    input: {
      description: text(form, `${p}description`),
      owner: text(form, `${p}owner`),
      organizationId: optional(form, `${p}organizationId`),
      dueOn: optional(form, `${p}dueOn`),
    },
  };
}

/** An action item's new status, in `status.<action item id>`. */
export function actionStatusFromForm(form: Fields): { actionItemId: string; status: string } | null {
  const actionItemId = text(form, "actionItemId");
  if (!isUuid(actionItemId)) return null;
  return { actionItemId, status: text(form, `status.${actionItemId}`) };
}
