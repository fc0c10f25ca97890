import { Form, Link, redirect, useLocation } from "react-router";
import { pageTitle } from "~/kit/page-title";
import { translator } from "~/kit/i18n/catalogue";
import { languageOf } from "~/kit/i18n/languages";
import { formatDate } from "~/kit/format";
import { useLanguage, useT } from "~/kit/i18n/use-i18n";
import { CheckboxGroup, DateField, ErrorSummary, Notice, SelectField, TextField } from "~/kit/forms/components";
import { useLocalize } from "~/kit/i18n/localized-text";
import { list, text, withVersion } from "~/kit/forms/form-data";
import type { EditConflictData } from "~/kit/forms/conflict-values";
import { VersionField } from "~/kit/forms/conflict";
import { commandFailure, editFailure, notFoundResponse, type StoredVersion } from "~/kit/http/respond.server";
import { isUuid } from "~/kit/validation/uuid";
import { addAction, addGoal, deleteAction, deleteGoal, savePlan, updateAction, updateActionStatus, updateGoal } from "../commands/plan.server";
import { actionStatuses, developmentThemes, strategicGoals } from "../codes";
import { EditVersion, PlanningNav, prefixed, Progress, sentBack } from "../components";
import type { ActionInput, GoalInput, StatusInput } from "../inputs";
import { planningPage } from "../page.server";
import { planExportPath, planningPath } from "../paths";
import { canUpdateActionStatus } from "../permissions";
import { statusCounts } from "../progress";
import { loadPlan, regionOrganizations, type PlanAction, type PlanGoal, type PlanView } from "../queries.server";
import type { Route } from "./+types/action-plan";

type Fields = Pick<FormData, "get" | "getAll" | "keys">;

const goalFromForm = (form: Fields, p: string): GoalInput => ({
  title: text(form, `${p}title`),
  description: text(form, `${p}description`),
  strategicGoals: list(form, `${p}strategicGoals`) as GoalInput["strategicGoals"],
  themes: list(form, `${p}themes`) as GoalInput["themes"],
});
const statusFromForm = (form: Fields, p: string): StatusInput => ({
  status: text(form, `${p}status`) as StatusInput["status"],
  percent: text(form, `${p}percent`),
  statusNote: text(form, `${p}statusNote`),
});
const actionFromForm = (form: Fields, p: string): ActionInput => ({
  title: text(form, `${p}title`),
  ownerOrganizationIds: list(form, `${p}ownerOrganizationIds`),
  deadline: text(form, `${p}deadline`),
  indicator: text(form, `${p}indicator`),
  ...statusFromForm(form, p),
});

// The stored entries in their forms' shapes: the forms' first values and the conflict's saved side.
const goalValues = (g: Pick<PlanGoal, "title" | "description" | "strategicGoals" | "themes">): GoalInput => ({
  title: g.title,
  description: g.description,
  strategicGoals: g.strategicGoals as GoalInput["strategicGoals"],
  themes: g.themes as GoalInput["themes"],
});
const statusValues = (a: Pick<PlanAction, "status" | "percent" | "statusNote">): StatusInput => ({
  status: a.status,
  percent: a.percent === null ? "" : String(a.percent),
  statusNote: a.statusNote,
});
const actionValues = (a: Omit<PlanAction, "owners" | "id" | "version">): ActionInput => ({
  title: a.title,
  ownerOrganizationIds: a.ownerOrganizationIds,
  deadline: a.deadline ?? "",
  indicator: a.indicator,
  ...statusValues(a),
});

export async function loader({ request, params }: Route.LoaderArgs) {
  const page = await planningPage(request, params);
  const plan = await loadPlan(page.regionCode, page.year);
  const statusFor = (a: PlanAction) => canUpdateActionStatus(page.user, page.scope, a.ownerOrganizationIds);
  return {
    regionCode: page.regionCode,
    regionName: page.regionName,
    year: page.year,
    canEdit: page.canEdit,
    plan: plan && {
      ...plan,
      goals: plan.goals.map((g) => ({ ...g, actions: g.actions.map((a) => ({ ...a, canUpdateStatus: statusFor(a) })) })),
      counts: statusCounts(plan.goals.flatMap((g) => g.actions)),
    },
    organizations: page.canEdit ? await regionOrganizations(page.regionCode) : [],
  };
}

export async function action({ request, params }: Route.ActionArgs) {
  const page = await planningPage(request, params);
  const { lang, user } = page;
  const form = await request.formData();
  const intent = text(form, "intent");
  const id = text(form, "id");
  const back = (notice: string) => redirect(`${planningPath(lang, page.regionCode, page.year, "action-plan")}?notice=${notice}`, { status: 303 });
  const run = async (name: string, input: unknown, command: () => Promise<unknown>, notice: string, stored?: () => Promise<StoredVersion | null>) => {
    try {
      await command();
    } catch (error) {
      return stored ? editFailure(error, lang, { form: name, input }, stored) : commandFailure(error, lang, { form: name, input });
    }
    return back(notice);
  };
  /** What the plan holds now for the entry an edit form names, for a stale save's answer. */
  const storedIn = (pick: (plan: PlanView) => StoredVersion | undefined) => async () => {
    const now = await loadPlan(page.regionCode, page.year);
    return (now && pick(now)) ?? null;
  };
  const actionIn = (plan: PlanView) => plan.goals.flatMap((g) => g.actions).find((a) => a.id === id);
  if (intent === "plan") {
    const input = withVersion(form, { regionCode: page.regionCode, year: page.year, summary: text(form, "summary") });
    return run(
      "plan",
      input,
      () => savePlan(user, input),
      "saved",
      storedIn((p) => ({ version: p.version, values: { summary: p.summary } })),
    );
  }
  const plan = await loadPlan(page.regionCode, page.year);
  if (!plan) throw notFoundResponse(lang);
  if (intent === "addGoal") {
    const input = goalFromForm(form, "newGoal.");
    return run("newGoal", input, () => addGoal(user, plan.id, input), "created");
  }
  // Every other form names a goal or an action of this plan.
  const goal = plan.goals.find((g) => g.id === id);
  const action = actionIn(plan);
  if (!isUuid(id) || (!goal && !action)) throw notFoundResponse(lang);
  if (goal && intent === "updateGoal") {
    const input = withVersion(form, goalFromForm(form, `g.${id}.`));
    const stored = storedIn((p) => {
      const now = p.goals.find((g) => g.id === id);
      return now && { version: now.version, values: goalValues(now) };
    });
    return run(id, input, () => updateGoal(user, id, input), "saved", stored);
  }
  if (goal && intent === "deleteGoal") return run(id, null, () => deleteGoal(user, id), "deleted");
  if (goal && intent === "addAction") {
    const input = actionFromForm(form, `new.${id}.`);
    return run(`new.${id}`, input, () => addAction(user, id, input), "created");
  }
  if (action && intent === "updateAction") {
    const input = withVersion(form, actionFromForm(form, `a.${id}.`));
    const stored = storedIn((p) => {
      const now = actionIn(p);
      return now && { version: now.version, values: actionValues(now) };
    });
    return run(id, input, () => updateAction(user, id, input), "saved", stored);
  }
  if (action && intent === "deleteAction") return run(id, null, () => deleteAction(user, id), "deleted");
  if (action && intent === "status") {
    const input = withVersion(form, statusFromForm(form, `s.${id}.`));
    const stored = storedIn((p) => {
      const now = actionIn(p);
      return now && { version: now.version, values: statusValues(now) };
    });
    return run(`s.${id}`, input, () => updateActionStatus(user, id, input), "saved", stored);
  }
  throw notFoundResponse(lang);
}

export const meta = ({ params, loaderData }: Route.MetaArgs) => {
  const lang = languageOf(params);
  const t = translator(lang);
  return pageTitle(lang, t("planning.heading", { title: t("planning.actionPlan"), year: params.year, region: loaderData?.regionName ?? "" }));
};

const notices = { saved: "work.saved", created: "work.created", deleted: "work.deleted" } as const;

export default function ActionPlanPage({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const lang = useLanguage();
  const localize = useLocalize();
  const { plan, canEdit, regionCode, year } = loaderData;
  const orgOptions = loaderData.organizations.map((o) => ({ value: o.id, label: localize(o.name) }));
  const planSent = sentBack<{ summary: string }>(actionData, "plan");
  // A new key after each navigation, so that the uncontrolled fields show what the server sent.
  const location = useLocation();
  return (
    <div key={location.key}>
      <PlanningNav regionCode={regionCode} year={year} page="action-plan" />
      <h1>{t("planning.heading", { title: t("planning.actionPlan"), year, region: loaderData.regionName })}</h1>
      <Notice notices={notices} />
      {!plan ? (
        <>
          <p>{t("plan.none", { year })}</p>
          {canEdit && (
            <Form method="post" className="form" noValidate>
              <input type="hidden" name="intent" value="plan" />
              <VersionField version={0} />
              <ErrorSummary errors={planSent.errors} labels={{ summary: t("plan.summary") }} />
              <TextField name="summary" label={t("plan.summary")} value={planSent.values?.summary} errors={planSent.errors} multiline />
              <button type="submit" className="button">
                {t("plan.create")}
              </button>
            </Form>
          )}
        </>
      ) : (
        <>
          <p>
            <Progress value={plan.progress} />
          </p>
          <p>
            {t("plan.statusCounts", {
              total: plan.counts.not_started + plan.counts.in_progress + plan.counts.done + plan.counts.cancelled,
              ...plan.counts,
            })}
          </p>
          {!canEdit && <p>{t("planning.readOnly")}</p>}
          <section aria-labelledby="export-heading">
            <h2 id="export-heading">{t("plan.export")}</h2>
            <ul className="link-list">
              <li>
                <a href={planExportPath(lang, regionCode, year, "pdf")}>{t("plan.exportPdf")}</a>
              </li>
              <li>
                <a href={planExportPath(lang, regionCode, year, "xlsx")}>{t("plan.exportXlsx")}</a>
              </li>
            </ul>
          </section>
          <section aria-labelledby="summary-heading">
            <h2 id="summary-heading">{t("plan.summary")}</h2>
            {plan.summary && <p className="pre-line">{plan.summary}</p>}
            {canEdit && (
              <details className="editor" open={!!planSent.errors || !!planSent.conflict}>
                <summary>{t("plan.saveSummary")}</summary>
                <Form method="post" className="form" noValidate>
                  <input type="hidden" name="intent" value="plan" />
                  <EditVersion
                    prefix=""
                    version={planSent.conflict?.version ?? plan.version}
                    conflict={planSent.conflict}
                    values={planSent.values}
                    labels={{ summary: t("plan.summary") }}
                  />
                  <ErrorSummary errors={planSent.errors} labels={{ summary: t("plan.summary") }} />
                  <TextField name="summary" label={t("plan.summary")} value={planSent.values?.summary ?? plan.summary} errors={planSent.errors} multiline />
                  <button type="submit" className="button">
                    {t("plan.saveSummary")}
                  </button>
                </Form>
              </details>
            )}
          </section>
          <section aria-labelledby="goals-heading">
            <h2 id="goals-heading">{t("plan.goals")}</h2>
            {plan.goals.length === 0 && <p>{t("plan.noGoals")}</p>}
            {plan.goals.map((goal) => {
              const goalSent = sentBack<GoalInput>(actionData, goal.id);
              const newSent = sentBack<ActionInput>(actionData, `new.${goal.id}`);
              return (
                <section key={goal.id} className="card" aria-labelledby={`goal-${goal.id}`}>
                  <h3 id={`goal-${goal.id}`}>{goal.title}</h3>
                  {goal.description && <p className="pre-line">{goal.description}</p>}
                  <p>
                    <Progress value={goal.progress} />
                  </p>
                  <h4>{t("plan.strategicGoals")}</h4>
                  <ul>
                    {goal.strategicGoals.map((code) => (
                      <li key={code}>{t(`planning.strategicGoal.${code}` as "planning.strategicGoal.quality")}</li>
                    ))}
                  </ul>
                  {goal.themes.length > 0 && (
                    <>
                      <h4>{t("plan.themes")}</h4>
                      <ul>
                        {goal.themes.map((code) => (
                          <li key={code}>{t(`planning.theme.${code}` as "planning.theme.ohjaamo")}</li>
                        ))}
                      </ul>
                    </>
                  )}
                  {goal.actions.length === 0 ? (
                    <p>{t("plan.noActions")}</p>
                  ) : (
                    <div className="table-wrap">
                      <table className="data">
                        <caption>{t("plan.actionsCaption", { goal: goal.title })}</caption>
                        <thead>
                          <tr>
                            <th scope="col">{t("plan.actionTitle")}</th>
                            <th scope="col">{t("plan.owners")}</th>
                            <th scope="col">{t("plan.deadline")}</th>
                            <th scope="col">{t("plan.indicator")}</th>
                            <th scope="col">{t("plan.status")}</th>
                            <th scope="col">{t("plan.statusNote")}</th>
                          </tr>
                        </thead>
                        <tbody>
                          {goal.actions.map((a) => (
                            <tr key={a.id}>
                              <th scope="row">{a.title}</th>
                              <td>{a.owners.map((o) => localize(o.name)).join(", ")}</td>
                              <td>{a.deadline ? formatDate(a.deadline, lang) : ""}</td>
                              <td>{a.indicator}</td>
                              <td>
                                {t(`planning.status.${a.status}`)}
                                {a.status === "in_progress" && a.percent !== null && ` (${t("plan.progressValue", { percent: a.percent })})`}
                              </td>
                              <td>{a.statusNote}</td>
                            </tr>
                          ))}
                        </tbody>
                      </table>
                    </div>
                  )}
                  {goal.actions.map((a) => {
                    if (canEdit) {
                      const sent = sentBack<ActionInput>(actionData, a.id);
                      return (
                        <details key={a.id} className="editor" open={!!sent.errors || !!sent.conflict}>
                          <summary>{t("plan.editAction", { title: a.title })}</summary>
                          <ActionForm
                            prefix={`a.${a.id}.`}
                            intent="updateAction"
                            id={a.id}
                            values={sent.values ?? actionValues(a)}
                            errors={sent.errors}
                            conflict={sent.conflict}
                            version={sent.conflict?.version ?? a.version}
                            organizations={orgOptions}
                          />
                          <DeleteButton intent="deleteAction" id={a.id} label={t("plan.deleteAction")} />
                        </details>
                      );
                    }
                    if (a.canUpdateStatus) {
                      const sent = sentBack<StatusInput>(actionData, `s.${a.id}`);
                      return (
                        <details key={a.id} className="editor" open={!!sent.errors || !!sent.conflict}>
                          <summary>{t("plan.updateStatusFor", { title: a.title })}</summary>
                          <StatusForm
                            prefix={`s.${a.id}.`}
                            id={a.id}
                            values={sent.values ?? statusValues(a)}
                            errors={sent.errors}
                            conflict={sent.conflict}
                            version={sent.conflict?.version ?? a.version}
                          />
                        </details>
                      );
                    }
                    return null;
                  })}
                  {canEdit && (
                    <>
                      <details className="editor" open={!!newSent.errors}>
                        <summary>{t("plan.addActionTo", { goal: goal.title })}</summary>
                        <ActionForm
                          prefix={`new.${goal.id}.`}
                          intent="addAction"
                          id={goal.id}
                          values={newSent.values ?? { title: "", ownerOrganizationIds: [], status: "not_started" }}
                          errors={newSent.errors}
                          organizations={orgOptions}
                        />
                      </details>
                      <details className="editor" open={!!goalSent.errors || !!goalSent.conflict}>
                        <summary>{t("plan.editGoal")}</summary>
                        <GoalForm
                          prefix={`g.${goal.id}.`}
                          intent="updateGoal"
                          id={goal.id}
                          values={goalSent.values ?? goalValues(goal)}
                          errors={goalSent.errors}
                          conflict={goalSent.conflict}
                          version={goalSent.conflict?.version ?? goal.version}
                        />
                        <DeleteButton intent="deleteGoal" id={goal.id} label={t("plan.deleteGoal")} />
                      </details>
                    </>
                  )}
                </section>
              );
            })}
            {canEdit && <NewGoal actionData={actionData} />}
          </section>
        </>
      )}
      <p>
        <Link to={planningPath(lang, regionCode, year, "communication")}>{t("planning.communication")}</Link>
        {" · "}
        <Link to={planningPath(lang, regionCode, year, "assessment")}>{t("planning.assessment")}</Link>
      </p>
    </div>
  );
}

function NewGoal({ actionData }: { actionData: unknown }) {
  const t = useT();
  const sent = sentBack<GoalInput>(actionData, "newGoal");
  return (
    <section className="card" aria-labelledby="new-goal-heading">
      <h3 id="new-goal-heading">{t("plan.addGoal")}</h3>
      <GoalForm prefix="newGoal." intent="addGoal" values={sent.values ?? { title: "", strategicGoals: [], themes: [] }} errors={sent.errors} />
    </section>
  );
}

function DeleteButton({ intent, id, label }: { intent: string; id: string; label: string }) {
  return (
    <Form method="post">
      <input type="hidden" name="intent" value={intent} />
      <input type="hidden" name="id" value={id} />
      <button type="submit" className="button button--secondary">
        {label}
      </button>
    </Form>
  );
}

/** An edit form's version, and after a stale save the conflict to show; forms that add carry neither. */
interface Versioned {
  conflict?: EditConflictData;
  version?: number;
}

function GoalForm(props: { prefix: string; intent: string; id?: string; values: GoalInput; errors?: Record<string, string> } & Versioned) {
  const t = useT();
  const p = props.prefix;
  const errors = prefixed(props.errors, p);
  const labels = {
    [`${p}title`]: t("plan.goalTitle"),
    [`${p}description`]: t("plan.goalDescription"),
    [`${p}strategicGoals`]: t("plan.strategicGoals"),
    [`${p}themes`]: t("plan.themes"),
  };
  return (
    <Form method="post" className="form" noValidate>
      <input type="hidden" name="intent" value={props.intent} />
      {props.id && <input type="hidden" name="id" value={props.id} />}
      <EditVersion prefix={p} version={props.version} conflict={props.conflict} values={props.values} labels={labels} />
      <ErrorSummary errors={errors} labels={labels} />
      <TextField name={`${p}title`} label={t("plan.goalTitle")} value={props.values.title} errors={errors} required />
      <TextField name={`${p}description`} label={t("plan.goalDescription")} value={props.values.description} errors={errors} multiline />
      <CheckboxGroup
        name={`${p}strategicGoals`}
        legend={t("plan.strategicGoals")}
        options={strategicGoals.map((code) => ({ value: code, label: t(`planning.strategicGoal.${code}`) }))}
        selected={props.values.strategicGoals ?? []}
        errors={errors}
      />
      <CheckboxGroup
        name={`${p}themes`}
        legend={t("plan.themes")}
        options={developmentThemes.map((code) => ({ value: code, label: t(`planning.theme.${code}`) }))}
        selected={props.values.themes ?? []}
        errors={errors}
      />
      <button type="submit" className="button">
        {props.intent === "addGoal" ? t("plan.addGoal") : t("plan.saveGoal")}
      </button>
    </Form>
  );
}

function StatusFields({ p, values, errors }: { p: string; values: StatusInput; errors?: Record<string, string> }) {
  const t = useT();
  return (
    <>
      <SelectField
        name={`${p}status`}
        label={t("plan.status")}
        value={values.status}
        errors={errors}
        options={actionStatuses.map((s) => ({ value: s, label: t(`planning.status.${s}`) }))}
        required
      />
      <TextField
        name={`${p}percent`}
        label={t("plan.percent")}
        value={values.percent === undefined ? "" : String(values.percent)}
        errors={errors}
        hint={t("plan.percentHint")}
        inputMode="numeric"
      />
      <TextField name={`${p}statusNote`} label={t("plan.statusNote")} value={values.statusNote} errors={errors} multiline />
    </>
  );
}

function StatusForm(props: { prefix: string; id: string; values: StatusInput; errors?: Record<string, string> } & Versioned) {
  const t = useT();
  const p = props.prefix;
  const errors = prefixed(props.errors, p);
  const labels = { [`${p}status`]: t("plan.status"), [`${p}percent`]: t("plan.percent"), [`${p}statusNote`]: t("plan.statusNote") };
  return (
    <Form method="post" className="form" noValidate>
      <input type="hidden" name="intent" value="status" />
      <input type="hidden" name="id" value={props.id} />
      <EditVersion prefix={p} version={props.version} conflict={props.conflict} values={props.values} labels={labels} />
      <ErrorSummary errors={errors} labels={labels} />
      <StatusFields p={p} values={props.values} errors={errors} />
      <button type="submit" className="button">
        {t("plan.updateStatus")}
      </button>
    </Form>
  );
}

function ActionForm(
  props: {
    prefix: string;
    intent: string;
    id: string;
    values: ActionInput;
    errors?: Record<string, string>;
    organizations: { value: string; label: string }[];
  } & Versioned,
) {
  const t = useT();
  const p = props.prefix;
  const errors = prefixed(props.errors, p);
  const labels = {
    [`${p}title`]: t("plan.actionTitle"),
    [`${p}ownerOrganizationIds`]: t("plan.owners"),
    [`${p}deadline`]: t("plan.deadline"),
    [`${p}indicator`]: t("plan.indicator"),
    [`${p}status`]: t("plan.status"),
    [`${p}percent`]: t("plan.percent"),
    [`${p}statusNote`]: t("plan.statusNote"),
  };
  return (
    <Form method="post" className="form" noValidate>
      <input type="hidden" name="intent" value={props.intent} />
      <input type="hidden" name="id" value={props.id} />
      <EditVersion prefix={p} version={props.version} conflict={props.conflict} values={props.values} labels={labels} />
      <ErrorSummary errors={errors} labels={labels} />
      <TextField name={`${p}title`} label={t("plan.actionTitle")} value={props.values.title} errors={errors} required />
      <CheckboxGroup
        name={`${p}ownerOrganizationIds`}
        legend={t("plan.owners")}
        options={props.organizations}
        selected={props.values.ownerOrganizationIds ?? []}
        errors={errors}
      />
      <DateField name={`${p}deadline`} label={t("plan.deadline")} value={props.values.deadline} errors={errors} />
      <TextField name={`${p}indicator`} label={t("plan.indicator")} value={props.values.indicator} errors={errors} multiline />
      <StatusFields p={p} values={props.values} errors={errors} />
      <button type="submit" className="button">
        {props.intent === "addAction" ? t("plan.addAction") : t("plan.saveAction")}
      </button>
    </Form>
  );
}
