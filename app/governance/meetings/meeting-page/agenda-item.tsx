import { Form } from "react-router";
import { useT } from "../../../kit/i18n/use-i18n";
import { DateField, ErrorSummary, SelectField, TextField } from "../../../kit/forms/components";
import { ActionItemsTable, actionStatusKey } from "../components";
import { actionStatuses } from "../inputs";
import type { ActionItemRow, AgendaItemRow, FormState } from "./state";

/**
 * An accepted agenda item: its decision and action items, and for those who run the meeting the
 * forms to record the decision, add action items and move them along.
 */
export function AgendaItemView(props: {
  item: AgendaItemRow;
  formKey: string;
  runs: boolean;
  actions: ActionItemRow[];
  organizations: { value: string; label: string }[];
  state: FormState;
}) {
  const t = useT();
  const { item, state } = props;
  const decisionName = `decision.${item.id}`;
  const decisionErrors = state.errorsFor("decision", item.id);
  const conflict = state.conflictFor("decision", item.id);
  const sent = state.sent?.form === "decision" && state.sent.id === item.id ? state.sent.input : undefined;
  const decisionFieldErrors = decisionErrors && { [decisionName]: decisionErrors.decision ?? Object.values(decisionErrors)[0] };
  return (
    <article className="card" aria-labelledby={`item-${item.id}`}>
      <h3 id={`item-${item.id}`} tabIndex={-1}>
        {item.position}. {item.title}
      </h3>
      {item.description && <p className="pre-line">{item.description}</p>}
      <p className="muted">{t("meetings.proposedBy", { name: item.proposedByName })}</p>
      <h4>{t("meetings.decision")}</h4>
      {item.decision ? <p className="pre-line">{item.decision}</p> : <p>{t("meetings.noDecision")}</p>}
      {props.runs && (
        <Form method="post" className="form" key={props.formKey}>
          {conflict && (
            <div className="alert alert--error" role="alert">
              <p>{state.message}</p>
              <p>{t("meetings.conflictKept")}</p>
            </div>
          )}
          <ErrorSummary errors={decisionFieldErrors} labels={{ [decisionName]: t("meetings.decisionField", { title: item.title }) }} />
          <input type="hidden" name="intent" value="decision" />
          <input type="hidden" name="agendaItemId" value={item.id} />
          <input type="hidden" name="version" value={conflict?.version ?? item.version} />
          <TextField
            name={decisionName}
            label={t("meetings.decisionField", { title: item.title })}
            value={sent?.decision ?? item.decision}
            errors={decisionFieldErrors}
            multiline
          />
          <button type="submit" className="button button--secondary">
            {t("meetings.saveDecision")}
          </button>
        </Form>
      )}
      <h4>{t("meetings.actionItems")}</h4>
      {props.actions.length === 0 ? (
        <p>{t("meetings.noActions")}</p>
      ) : (
        <ActionItemsTable
          caption={t("meetings.actionItemsOf", { title: item.title })}
          actions={props.actions}
          status={props.runs ? (a) => <ActionStatusForm action={a} formKey={props.formKey} /> : undefined}
        />
      )}
      {props.runs && <AddActionItem item={item} formKey={props.formKey} organizations={props.organizations} state={state} />}
    </article>
  );
}

function ActionStatusForm({ action, formKey }: { action: ActionItemRow; formKey: string }) {
  const t = useT();
  return (
    <Form method="post" className="inline-form" key={formKey}>
      <input type="hidden" name="intent" value="actionStatus" />
      <input type="hidden" name="actionItemId" value={action.id} />
      <label htmlFor={`status-${action.id}`} className="visually-hidden">
        {t("meetings.actionStatusOf", { action: action.description })}
      </label>
      <select id={`status-${action.id}`} name={`status.${action.id}`} defaultValue={action.status}>
        {actionStatuses.map((s) => (
          <option key={s} value={s}>
            {t(actionStatusKey(s))}
          </option>
        ))}
      </select>{" "}
      <button type="submit" className="button button--secondary">
        {t("meetings.saveStatus")}
        <span className="visually-hidden">: {action.description}</span>
      </button>
    </Form>
  );
}

function AddActionItem(props: { item: AgendaItemRow; formKey: string; organizations: { value: string; label: string }[]; state: FormState }) {
  const t = useT();
  const { item, state } = props;
  const actionName = `action.${item.id}`;
  const actionErrors = state.errorsFor("action", item.id);
  // The command names its fields "owner"; on the page they carry the item's id, unique among the items.
  const prefixed = actionErrors && Object.fromEntries(Object.entries(actionErrors).map(([k, v]) => [`${actionName}.${k}`, v]));
  const sent = state.sent?.form === "action" && state.sent.id === item.id ? state.sent.input : undefined;
  const labels = {
    [`${actionName}.description`]: t("meetings.actionDescription"),
    [`${actionName}.owner`]: t("meetings.actionOwner"),
    [`${actionName}.organizationId`]: t("meetings.actionOrganization"),
    [`${actionName}.dueOn`]: t("meetings.actionDue"),
  };
  return (
    <details open={!!actionErrors}>
      <summary>{t("meetings.addAction")}</summary>
      <Form method="post" className="form" noValidate key={props.formKey}>
        <ErrorSummary errors={prefixed} labels={labels} />
        <input type="hidden" name="intent" value="action" />
        <input type="hidden" name="agendaItemId" value={item.id} />
        <TextField name={`${actionName}.description`} label={labels[`${actionName}.description`]} value={sent?.description} errors={prefixed} required />
        <TextField name={`${actionName}.owner`} label={labels[`${actionName}.owner`]} value={sent?.owner} errors={prefixed} required />
        <SelectField
          name={`${actionName}.organizationId`}
          label={labels[`${actionName}.organizationId`]}
          value={sent?.organizationId}
          errors={prefixed}
          options={props.organizations}
          emptyLabel={t("meetings.noOrganization")}
        />
        <DateField name={`${actionName}.dueOn`} label={labels[`${actionName}.dueOn`]} value={sent?.dueOn} errors={prefixed} />
        <button type="submit" className="button">
          {t("meetings.addActionButton")}
        </button>
      </Form>
    </details>
  );
}
