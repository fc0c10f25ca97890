import { data, Form, Link, redirect, useLocation } from "react-router";
import { requireUser } from "~/kit/permissions/current-user.server";
import type { CurrentUser } from "~/kit/permissions/roles";
import { formatDate, formatDateTime } from "~/kit/format";
import { renderMarkdown } from "~/kit/markdown/render-markdown.server";
import { pageTitle } from "~/kit/page-title";
import { InvalidInput } from "~/kit/validation/errors";
import { isUuid } from "~/kit/validation/uuid";
import { translator, type MessageKey } from "~/kit/i18n/catalogue";
import { useLanguage, useT } from "~/kit/i18n/use-i18n";
import { ErrorSummary, fieldId, Notice, SelectField, TextField, type FieldErrors } from "~/kit/forms/components";
import { useLocalize } from "~/kit/i18n/localized-text";
import { list, text } from "~/kit/forms/form-data";
import { languageOf } from "~/kit/i18n/languages";
import { commandFailure, forbiddenResponse, notFoundResponse, requireId } from "~/kit/http/respond.server";
import { positionKey } from "../../components";
import { todayInFinland } from "../../inputs";
import { addActionItem, setActionStatus } from "../commands/action-item.server";
import { proposeAgendaItem, saveAgenda, saveDecision } from "../commands/agenda.server";
import { recordAttendance } from "../commands/attendance.server";
import { cancelMeeting, inviteToMeeting, meetingFormValues, updateMeeting } from "../commands/meeting.server";
import { approveMinutes, circulateMinutes, saveMinutes } from "../commands/minutes.server";
import { EditConflict } from "../../../kit/validation/errors";
import { ActionItemsTable, actionStatusKey, agendaStatusKey, formatMeetingTime, MeetingFields, minutesStatusKey, planPath } from "../components";
import { actionStatuses, agendaStatuses, type ActionItemInput, type ActionStatus, type AgendaItemInput, type MeetingInput } from "../inputs";
import { canProposeAgendaItem, canReadMeetings, canRunMeetings } from "../permissions";
import { meetingPage } from "../queries.server";
import { meetingFromForm, optional } from "../form-data";
import type { Route } from "./+types/meeting";


async function load(id: string, user: CurrentUser, lang: ReturnType<typeof languageOf>) {
  const page = await meetingPage(id);
  if (!page) throw notFoundResponse(lang);
  const scope = { regionCode: page.group.regionCode, memberships: page.memberships };
  const today = todayInFinland();
  if (!canReadMeetings(user, scope, today)) throw forbiddenResponse(lang);
  return { page, scope, today };
}

export async function loader({ request, params }: Route.LoaderArgs) {
  const lang = languageOf(params);
  const user = await requireUser(request, lang);
  const { page, scope, today } = await load(requireId(params.id, lang), user, lang);
  const runs = canRunMeetings(user, scope, today);
  const now = new Date();
  const beforeDeadline = now <= page.meeting.agendaDeadline;
  const cancelled = page.meeting.status === "cancelled";
  const proposeFor = page.subGroups.filter((g) => canProposeAgendaItem(user, scope, today, beforeDeadline, g.scope)).map((g) => ({ id: g.id, name: g.name }));
  const { minutes, ...meeting } = page.meeting;
  // Draft minutes are the secretary's working copy; members read them once circulated.
  const showMinutes = runs || page.meeting.minutesStatus !== "draft";
  return {
    meeting: { ...meeting, minutes: showMinutes ? minutes : "" },
    minutesHtml: showMinutes && minutes.trim() ? renderMarkdown(minutes) : "",
    group: page.group,
    runs,
    canPropose: !cancelled && canProposeAgendaItem(user, scope, today, beforeDeadline),
    proposeFor: cancelled ? [] : proposeFor,
    beforeDeadline,
    held: page.meeting.startsAt <= now,
    items: page.items,
    actions: page.actions,
    members: page.meetingDayMembers,
    present: page.attendance.filter((a) => a.present).map((a) => a.membershipId),
    recorded: page.recorded,
    quorum: page.quorum,
    approvedAt: page.approvedAt,
    values: meetingFormValues(page.meeting),
  };
}

type Conflict = { by: string | null; at: string | null; version: number; current: string };

async function conflictAnswer(error: EditConflict, lang: ReturnType<typeof languageOf>, form: string, input: unknown, current: { version: number; current: string }) {
  const t = translator(lang);
  return data(
    {
      conflict: { by: error.savedBy, at: error.savedAt ? error.savedAt.toISOString() : null, ...current } satisfies Conflict,
      message: t("meetings.conflict", { by: error.savedBy ?? t("meetings.someoneElse"), at: error.savedAt ? formatDateTime(error.savedAt, lang) : "" }),
      values: { form, input },
    },
    { status: 409 },
  );
}

export async function action({ request, params }: Route.ActionArgs) {
  const lang = languageOf(params);
  const user = await requireUser(request, lang);
  const id = requireId(params.id, lang);
  const form = await request.formData();
  const intent = text(form, "intent");
  const back = (notice: string, anchor = "") => redirect(`/${lang}/work/meetings/${id}?notice=${notice}${anchor}`, { status: 303 });
  const attempt = async (
    formName: string,
    input: unknown,
    run: () => Promise<unknown>,
    notice: string,
    anchor = "",
    onConflict?: () => Promise<{ version: number; current: string }>,
    fieldOf: (path: string) => string = (path) => path,
  ) => {
    try {
      await run();
    } catch (error) {
      if (error instanceof EditConflict && onConflict) return conflictAnswer(error, lang, formName, input, await onConflict());
      // Issue paths name the command input ("items.0.status"); the form's fields may be named otherwise.
      const failure = error instanceof InvalidInput ? new InvalidInput(error.issues.map((i) => ({ ...i, path: fieldOf(i.path) }))) : error;
      return commandFailure(failure, lang, { form: formName, input });
    }
    return back(notice, anchor);
  };
  const fresh = async () => (await meetingPage(id))!;
  switch (intent) {
    case "update": {
      const input = meetingFromForm(form);
      return attempt("update", input, () => updateMeeting(user, id, input), "saved");
    }
    case "invite":
      return attempt("invite", null, () => inviteToMeeting(user, id), "invited");
    case "cancel":
      return attempt("cancel", null, () => cancelMeeting(user, id), "cancelled");
    case "propose": {
      const input: AgendaItemInput = { title: text(form, "title"), description: optional(form, "description"), proposedByGroupId: optional(form, "proposedByGroupId") };
      return attempt("propose", input, () => proposeAgendaItem(user, id, input), "proposed", "#agenda-heading");
    }
    case "agenda": {
      const ids = list(form, "itemIds");
      const input = { version: text(form, "version"), items: ids.map((itemId) => ({ id: itemId, status: text(form, `items.${itemId}.status`), position: text(form, `items.${itemId}.position`) })) };
      return attempt(
        "agenda",
        input,
        () => saveAgenda(user, id, input as never),
        "agendaSaved",
        "#agenda-heading",
        async () => ({ version: (await fresh()).meeting.agendaVersion, current: "" }),
        (path) => path.replace(/^items\.(\d+)\./, (whole, index: string) => (ids[Number(index)] ? `items.${ids[Number(index)]}.` : whole)),
      );
    }
    case "attendance": {
      const input = { present: list(form, "present") };
      return attempt("attendance", input, () => recordAttendance(user, id, input), "attendanceSaved", "#attendance-heading");
    }
    case "minutes": {
      const input = { version: text(form, "version"), text: text(form, "minutes") };
      return attempt("minutes", input, () => saveMinutes(user, id, input as never), "minutesSaved", "#minutes-heading", async () => {
        const m = (await fresh()).meeting;
        return { version: m.minutesVersion, current: m.minutes };
      });
    }
    case "circulate":
      return attempt("minutesState", null, () => circulateMinutes(user, id), "circulated", "#minutes-heading");
    case "approve":
      return attempt("minutesState", null, () => approveMinutes(user, id), "approved", "#minutes-heading");
    case "decision": {
      const itemId = text(form, "agendaItemId");
      if (!isUuid(itemId)) throw notFoundResponse(lang);
      const input = { version: text(form, "version"), decision: text(form, `decision.${itemId}`) };
      return attempt(`decision.${itemId}`, input, () => saveDecision(user, itemId, input as never), "decisionSaved", `#item-${itemId}`, async () => {
        const item = (await fresh()).items.find((i) => i.id === itemId);
        return { version: item?.version ?? 1, current: item?.decision ?? "" };
      });
    }
    case "action": {
      const itemId = text(form, "agendaItemId");
      if (!isUuid(itemId)) throw notFoundResponse(lang);
      const p = `action.${itemId}.`;
      const input: ActionItemInput = { description: text(form, `${p}description`), owner: text(form, `${p}owner`), organizationId: optional(form, `${p}organizationId`), dueOn: optional(form, `${p}dueOn`) };
      return attempt(`action.${itemId}`, input, () => addActionItem(user, itemId, input), "actionAdded", `#item-${itemId}`);
    }
    case "actionStatus": {
      const actionId = text(form, "actionItemId");
      if (!isUuid(actionId)) throw notFoundResponse(lang);
      const status = text(form, `status.${actionId}`) as ActionStatus;
      return attempt(`status.${actionId}`, { status }, () => setActionStatus(user, actionId, status), "actionUpdated");
    }
  }
  throw forbiddenResponse(lang);
}

export const meta = ({ params, loaderData }: Route.MetaArgs) => {
  const lang = languageOf(params);
  return pageTitle(lang, loaderData ? translator(lang)("meetings.meetingTitle", { theme: loaderData.meeting.theme }) : translator(lang)("meetings.meeting"));
};

type ActionData = { errors?: FieldErrors; conflict?: Conflict; message?: string; values?: { form: string; input: unknown } } | undefined;

export default function MeetingPage({ loaderData, actionData: rawActionData }: Route.ComponentProps) {
  const t = useT();
  const lang = useLanguage();
  const localize = useLocalize();
  const location = useLocation();
  const actionData = rawActionData as ActionData;
  const { meeting, group, runs, items } = loaderData;
  const key = `${location.key}-${JSON.stringify(actionData ?? null)}`;
  const formOf = actionData?.values?.form;
  const errorsFor = (name: string) => (formOf === name ? actionData?.errors : undefined);
  const sentFor = <T,>(name: string) => (formOf === name ? (actionData?.values?.input as T) : undefined);
  const conflictFor = (name: string) => (formOf === name ? actionData?.conflict : undefined);
  const cancelled = meeting.status === "cancelled";
  const accepted = items.filter((i) => i.status === "accepted");
  const others = items.filter((i) => i.status !== "accepted");
  const memberOptions = [...new Map(loaderData.members.map((m) => [m.organizationId, localize(m.organizationName)])).entries()].map(([value, label]) => ({ value, label }));
  return (
    <>
      <p>
        <Link to={planPath(lang, group.id)}>{t("meetings.planTitle", { group: localize(group.name) })}</Link>
      </p>
      <h1>{t("meetings.meetingTitle", { theme: meeting.theme })}</h1>
      <Notice notices={notices} />
      {/* Forms that are a single button (or a status) show their refusals here, at the top. */}
      <ErrorSummary errors={formOf && (["invite", "cancel"].includes(formOf) || formOf.startsWith("status.")) ? actionData?.errors : undefined} />
      {cancelled && (
        <p className="alert alert--error" role="status">
          {t("meetings.cancelledNotice")}
        </p>
      )}
      <dl className="facts">
        <dt>{t("meetings.col.when")}</dt>
        <dd>{formatMeetingTime(meeting.startsAt, meeting.endsAt, lang)}</dd>
        {meeting.place && (
          <>
            <dt>{t("meetings.place")}</dt>
            <dd>{meeting.place}</dd>
          </>
        )}
        {meeting.onlineUrl && (
          <>
            <dt>{t("meetings.onlineUrl")}</dt>
            <dd>
              <a href={meeting.onlineUrl}>{meeting.onlineUrl}</a>
            </dd>
          </>
        )}
        <dt>{t("meetings.agendaDeadline")}</dt>
        <dd>{formatDateTime(meeting.agendaDeadline, lang)}</dd>
        <dt>{t("meetings.col.state")}</dt>
        <dd>
          {cancelled ? t("meetings.cancelled") : meeting.invitedAt ? t("meetings.invitedAt", { at: formatDateTime(meeting.invitedAt, lang) }) : t("meetings.notInvited")}
        </dd>
      </dl>

      {runs && !cancelled && (
        <section aria-labelledby="manage-heading" className="card">
          <h2 id="manage-heading">{t("meetings.manageHeading")}</h2>
          <Form method="post">
            <input type="hidden" name="intent" value="invite" />
            <p className="field__hint" id="invite-hint">
              {meeting.invitedAt ? t("meetings.reinviteHint") : t("meetings.inviteHint")}
            </p>
            <button type="submit" className="button" aria-describedby="invite-hint">
              {meeting.invitedAt ? t("meetings.reinvite") : t("meetings.invite")}
            </button>
          </Form>
          <details open={formOf === "update"}>
            <summary>{t("meetings.editMeeting")}</summary>
            <Form method="post" className="form" noValidate key={key}>
              <input type="hidden" name="intent" value="update" />
              <MeetingFields values={sentFor<MeetingInput>("update") ?? loaderData.values} errors={errorsFor("update")} />
              <button type="submit" className="button">
                {t("meetings.saveMeeting")}
              </button>
            </Form>
          </details>
          <Form method="post">
            <input type="hidden" name="intent" value="cancel" />
            <button type="submit" className="button button--danger">
              {t("meetings.cancel")}
            </button>
          </Form>
        </section>
      )}

      <section aria-labelledby="agenda-heading">
        <h2 id="agenda-heading">{t("meetings.agendaHeading")}</h2>
        {accepted.length === 0 ? (
          <p>{t("meetings.noAgenda")}</p>
        ) : (
          accepted.map((item) => (
            <AgendaItemView key={item.id} item={item} formKey={key} runs={runs} actions={loaderData.actions.filter((a) => a.agendaItemId === item.id)} organizations={memberOptions} errorsFor={errorsFor} sentFor={sentFor} conflictFor={conflictFor} message={actionData?.message} />
          ))
        )}
        {others.length > 0 && (
          <>
            <h3>{t("meetings.proposals")}</h3>
            <ul>
              {others.map((item) => (
                <li key={item.id}>
                  <strong>{item.title}</strong> ({t(agendaStatusKey(item.status))}) – {t("meetings.proposedBy", { name: item.proposedByName })}
                  {item.description && <p className="pre-line">{item.description}</p>}
                </li>
              ))}
            </ul>
          </>
        )}
        {runs && items.length > 0 && <AgendaForm items={items} version={conflictFor("agenda")?.version ?? meeting.agendaVersion} formKey={key} errors={errorsFor("agenda")} conflict={conflictFor("agenda") ? actionData?.message : undefined} />}
        {loaderData.canPropose || loaderData.proposeFor.length > 0 ? (
          <ProposeForm formKey={key} errors={errorsFor("propose")} sent={sentFor<AgendaItemInput>("propose")} subGroups={loaderData.proposeFor} groupOption={loaderData.canPropose} />
        ) : (
          !cancelled && <p>{t("meetings.deadlinePassed")}</p>
        )}
      </section>

      <section aria-labelledby="attendance-heading">
        <h2 id="attendance-heading">{t("meetings.attendanceHeading")}</h2>
        <p>
          {loaderData.recorded
            ? t(loaderData.quorum.reached ? "meetings.quorumReached" : "meetings.quorumNotReached", {
                represented: loaderData.quorum.represented,
                organizations: loaderData.quorum.organizations,
                needed: loaderData.quorum.needed,
              })
            : t("meetings.attendanceNotRecorded")}
        </p>
        <p className="field__hint">{t("meetings.quorumRule")}</p>
        {runs && !cancelled ? (
          <Form method="post" key={key}>
            <input type="hidden" name="intent" value="attendance" />
            <ErrorSummary errors={errorsFor("attendance")} />
            <fieldset className="checkbox-group" id={fieldId("present")}>
              <legend>{t("meetings.present")}</legend>
              <div className="checkbox-group__options">
                {loaderData.members.map((m) => (
                  <div className="option" key={m.id}>
                    <input type="checkbox" id={`present-${m.id}`} name="present" value={m.id} defaultChecked={loaderData.present.includes(m.id)} />
                    <label htmlFor={`present-${m.id}`}>
                      {localize(m.organizationName)}
                      {m.givenName && ` – ${m.givenName} ${m.familyName}`} ({t(positionKey(m.position))})
                    </label>
                  </div>
                ))}
              </div>
            </fieldset>
            <button type="submit" className="button">
              {t("meetings.saveAttendance")}
            </button>
          </Form>
        ) : (
          loaderData.recorded && (
            <ul>
              {loaderData.members
                .filter((m) => loaderData.present.includes(m.id))
                .map((m) => (
                  <li key={m.id}>
                    {localize(m.organizationName)}
                    {m.givenName && ` – ${m.givenName} ${m.familyName}`} ({t(positionKey(m.position))})
                  </li>
                ))}
            </ul>
          )
        )}
      </section>

      <section aria-labelledby="minutes-heading">
        <h2 id="minutes-heading">{t("meetings.minutesHeading")}</h2>
        <p>
          {t("meetings.minutesState", { state: t(minutesStatusKey(meeting.minutesStatus)) })}
          {loaderData.approvedAt && ` – ${t("meetings.approvedAtMeeting", { date: formatDate(loaderData.approvedAt.startsAt, lang) })}`}
        </p>
        {loaderData.minutesHtml ? (
          <div className="card minutes" dangerouslySetInnerHTML={{ __html: loaderData.minutesHtml }} />
        ) : (
          <p>{t("meetings.noMinutes")}</p>
        )}
        {runs && meeting.minutesStatus !== "approved" && (
          <>
            {conflictFor("minutes") && (
              <div className="alert alert--error" role="alert">
                <p>{actionData?.message}</p>
                <p>{t("meetings.conflictKept")}</p>
              </div>
            )}
            <ErrorSummary errors={errorsFor("minutes")} labels={{ text: t("meetings.minutesField") }} />
            <Form method="post" className="form" key={key}>
              <input type="hidden" name="intent" value="minutes" />
              <input type="hidden" name="version" value={conflictFor("minutes")?.version ?? meeting.minutesVersion} />
              <div className="field">
                <label htmlFor={fieldId("text")}>{t("meetings.minutesField")}</label>
                <p className="field__hint" id="minutes-hint">
                  {t("meetings.minutesHint")}
                </p>
                <textarea
                  id={fieldId("text")}
                  name="minutes"
                  rows={14}
                  defaultValue={sentFor<{ text: string }>("minutes")?.text ?? meeting.minutes}
                  aria-describedby={errorsFor("minutes")?.text ? "minutes-hint f-text-error" : "minutes-hint"}
                  aria-invalid={errorsFor("minutes")?.text ? true : undefined}
                />
                {errorsFor("minutes")?.text && (
                  <p className="field__error" id="f-text-error">
                    {errorsFor("minutes")!.text}
                  </p>
                )}
              </div>
              <button type="submit" className="button">
                {t("meetings.saveMinutes")}
              </button>
            </Form>
            <ErrorSummary errors={errorsFor("minutesState")} />
            {meeting.minutesStatus === "draft" && (
              <Form method="post">
                <input type="hidden" name="intent" value="circulate" />
                <button type="submit" className="button button--secondary">
                  {t("meetings.circulate")}
                </button>
              </Form>
            )}
            {meeting.minutesStatus === "circulated" && (
              <Form method="post">
                <input type="hidden" name="intent" value="approve" />
                <p className="field__hint" id="approve-hint">
                  {t("meetings.approveHint")}
                </p>
                <button type="submit" className="button" aria-describedby="approve-hint">
                  {t("meetings.approve")}
                </button>
              </Form>
            )}
          </>
        )}
      </section>
    </>
  );
}

const notices: Record<string, MessageKey> = Object.fromEntries(
  ["created", "saved", "invited", "cancelled", "proposed", "agendaSaved", "attendanceSaved", "minutesSaved", "circulated", "approved", "decisionSaved", "actionAdded", "actionUpdated"].map((n) => [n, `meetings.notice.${n}` as MessageKey]),
);

type Item = Route.ComponentProps["loaderData"]["items"][number];
type ActionRow = Route.ComponentProps["loaderData"]["actions"][number];

function AgendaItemView(props: {
  item: Item;
  formKey: string;
  runs: boolean;
  actions: ActionRow[];
  organizations: { value: string; label: string }[];
  errorsFor: (name: string) => FieldErrors | undefined;
  sentFor: <T>(name: string) => T | undefined;
  conflictFor: (name: string) => Conflict | undefined;
  message?: string;
}) {
  const t = useT();
  const { item } = props;
  const decisionName = `decision.${item.id}`;
  const decisionErrors = props.errorsFor(decisionName);
  const conflict = props.conflictFor(decisionName);
  const actionName = `action.${item.id}`;
  const actionErrors = props.errorsFor(actionName);
  const prefixed = actionErrors && Object.fromEntries(Object.entries(actionErrors).map(([k, v]) => [`${actionName}.${k}`, v]));
  const sentAction = props.sentFor<ActionItemInput>(actionName);
  const actionLabels = {
    [`${actionName}.description`]: t("meetings.actionDescription"),
    [`${actionName}.owner`]: t("meetings.actionOwner"),
    [`${actionName}.organizationId`]: t("meetings.actionOrganization"),
    [`${actionName}.dueOn`]: t("meetings.actionDue"),
  };
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
              <p>{props.message}</p>
              <p>{t("meetings.conflictKept")}</p>
            </div>
          )}
          <ErrorSummary errors={decisionErrors && { [decisionName]: decisionErrors.decision ?? Object.values(decisionErrors)[0] }} labels={{ [decisionName]: t("meetings.decisionField", { title: item.title }) }} />
          <input type="hidden" name="intent" value="decision" />
          <input type="hidden" name="agendaItemId" value={item.id} />
          <input type="hidden" name="version" value={conflict?.version ?? item.version} />
          <TextField
            name={decisionName}
            label={t("meetings.decisionField", { title: item.title })}
            value={props.sentFor<{ decision: string }>(decisionName)?.decision ?? item.decision}
            errors={decisionErrors && { [decisionName]: decisionErrors.decision ?? Object.values(decisionErrors)[0] }}
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
          status={
            props.runs
              ? (a) => (
                  <Form method="post" className="inline-form" key={props.formKey}>
                    <input type="hidden" name="intent" value="actionStatus" />
                    <input type="hidden" name="actionItemId" value={a.id} />
                    <label htmlFor={`status-${a.id}`} className="visually-hidden">
                      {t("meetings.actionStatusOf", { action: a.description })}
                    </label>
                    <select id={`status-${a.id}`} name={`status.${a.id}`} defaultValue={a.status}>
                      {actionStatuses.map((s) => (
                        <option key={s} value={s}>
                          {t(actionStatusKey(s))}
                        </option>
                      ))}
                    </select>{" "}
                    <button type="submit" className="button button--secondary">
                      {t("meetings.saveStatus")}
                      <span className="visually-hidden">: {a.description}</span>
                    </button>
                  </Form>
                )
              : undefined
          }
        />
      )}
      {props.runs && (
        <details open={!!actionErrors}>
          <summary>{t("meetings.addAction")}</summary>
          <Form method="post" className="form" noValidate key={props.formKey}>
            <ErrorSummary errors={prefixed} labels={actionLabels} />
            <input type="hidden" name="intent" value="action" />
            <input type="hidden" name="agendaItemId" value={item.id} />
            <TextField name={`${actionName}.description`} label={actionLabels[`${actionName}.description`]} value={sentAction?.description} errors={prefixed} required />
            <TextField name={`${actionName}.owner`} label={actionLabels[`${actionName}.owner`]} value={sentAction?.owner} errors={prefixed} required />
            <SelectField name={`${actionName}.organizationId`} label={actionLabels[`${actionName}.organizationId`]} value={sentAction?.organizationId} errors={prefixed} options={props.organizations} emptyLabel={t("meetings.noOrganization")} />
            <TextField name={`${actionName}.dueOn`} label={actionLabels[`${actionName}.dueOn`]} value={sentAction?.dueOn} errors={prefixed} hint={t("group.dateHint")} />
            <button type="submit" className="button">
              {t("meetings.addActionButton")}
            </button>
          </Form>
        </details>
      )}
    </article>
  );
}

function AgendaForm(props: { items: Item[]; version: number; formKey: string; errors?: FieldErrors; conflict?: string }) {
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
              <SelectField name={`items.${item.id}.status`} label={t("meetings.itemStatus")} value={item.status} options={statusOptions} errors={props.errors} />
              <TextField name={`items.${item.id}.position`} label={t("meetings.itemPosition")} value={item.position || index + 1} inputMode="numeric" errors={props.errors} />
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

function ProposeForm(props: { formKey: string; errors?: FieldErrors; sent?: AgendaItemInput; subGroups: { id: string; name: Record<string, string | undefined> }[]; groupOption: boolean }) {
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
