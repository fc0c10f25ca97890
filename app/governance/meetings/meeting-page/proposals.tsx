import { Form } from "react-router";
import { useT } from "../../../kit/i18n/use-i18n";
import { ErrorSummary, SelectField, TextField, type FieldErrors } from "../../../kit/forms/components";
import { useLocalize } from "../../../kit/i18n/localized-text";
import { agendaStatusKey } from "../components";
import type { AgendaItemInput } from "../inputs";
import type { AgendaItemRow, MeetingPageData } from "./state";

/** The items not (yet) on the agenda: proposed or rejected, with who proposed them. */
export function Proposals({ items }: { items: AgendaItemRow[] }) {
  const t = useT();
  if (items.length === 0) return null;
  return (
    <>
      <h3>{t("meetings.proposals")}</h3>
      <ul>
        {items.map((item) => (
          <li key={item.id}>
            <strong>{item.title}</strong> ({t(agendaStatusKey(item.status))}) – {t("meetings.proposedBy", { name: item.proposedByName })}
            {item.description && <p className="pre-line">{item.description}</p>}
          </li>
        ))}
      </ul>
    </>
  );
}

/**
 * Proposing an item: as a member, or on behalf of a sub-group whose chair or secretary the user is.
 * `groupOption` offers proposing as a member beside the sub-groups.
 */
export function ProposeForm(props: {
  formKey: string;
  errors?: FieldErrors;
  sent?: AgendaItemInput;
  subGroups: MeetingPageData["proposeFor"];
  groupOption: boolean;
}) {
  const t = useT();
  const localize = useLocalize();
  const labels = { title: t("meetings.itemTitle"), description: t("meetings.itemDescription"), proposedByGroupId: t("meetings.proposeOnBehalf") };
  return (
    <section aria-labelledby="propose-heading" className="card">
      <h3 id="propose-heading">{t("meetings.proposeHeading")}</h3>
      <Form method="post" className="form" noValidate key={props.formKey}>
        <ErrorSummary errors={props.errors} labels={labels} />
        <input type="hidden" name="intent" value="propose" />
        <TextField name="title" label={labels.title} value={props.sent?.title} errors={props.errors} required />
        <TextField name="description" label={labels.description} value={props.sent?.description} errors={props.errors} multiline />
        {props.subGroups.length > 0 && (
          <SelectField
            name="proposedByGroupId"
            label={labels.proposedByGroupId}
            value={props.sent?.proposedByGroupId}
            errors={props.errors}
            options={props.subGroups.map((g) => ({ value: g.id, label: localize(g.name) }))}
            {...(props.groupOption ? { emptyLabel: t("meetings.proposeAsMember") } : {})}
          />
        )}
        <button type="submit" className="button">
          {t("meetings.propose")}
        </button>
      </Form>
    </section>
  );
}
