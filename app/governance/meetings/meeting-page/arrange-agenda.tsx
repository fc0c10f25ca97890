import { Form } from "react-router";
import { useT } from "../../../kit/i18n/use-i18n";
import { ErrorSummary, SelectField, TextField, type FieldErrors } from "../../../kit/forms/components";
import { agendaStatusKey } from "../components";
import { agendaStatuses } from "../inputs";
import type { AgendaItemRow } from "./state";

/**
 * The chair's or secretary's arrangement of the agenda: each item accepted, rejected or left
 * proposed, and the order as numbers. Fields carry the item's id, so they are unique on the page.
 */
export function ArrangeAgenda(props: { items: AgendaItemRow[]; version: number; formKey: string; errors?: FieldErrors; conflict?: string }) {
  const t = useT();
  const statusOptions = agendaStatuses.map((s) => ({ value: s, label: t(agendaStatusKey(s)) }));
  return (
    <section aria-labelledby="arrange-heading" className="card">
      <h3 id="arrange-heading">{t("meetings.arrangeHeading")}</h3>
      <p className="field__hint">{t("meetings.arrangeHint")}</p>
      {props.conflict && (
        <div className="alert alert--error" role="alert">
          <p>{props.conflict}</p>
          <p>{t("meetings.conflictAgenda")}</p>
        </div>
      )}
      <ErrorSummary errors={props.errors} />
      <Form method="post" className="form" key={props.formKey}>
        <input type="hidden" name="intent" value="agenda" />
        <input type="hidden" name="version" value={props.version} />
        {props.items.map((item, index) => (
          <fieldset key={item.id}>
            <legend>{item.title}</legend>
            <input type="hidden" name="itemIds" value={item.id} />
            <div className="row">
              <SelectField
                name={`items.${item.id}.status`}
                label={t("meetings.itemStatus")}
                value={item.status}
                options={statusOptions}
                errors={props.errors}
              />
              <TextField
                name={`items.${item.id}.position`}
                label={t("meetings.itemPosition")}
                value={item.position || index + 1}
                inputMode="numeric"
                errors={props.errors}
              />
            </div>
          </fieldset>
        ))}
        <button type="submit" className="button">
          {t("meetings.saveAgenda")}
        </button>
      </Form>
    </section>
  );
}
