import { Form, Link, redirect, useLocation } from "react-router";
import { pageTitle } from "~/kit/page-title";
import { isUuid } from "~/kit/validation/uuid";
import { todayInFinland, wallClockInFinland } from "~/kit/dates/calendar";
import { translator } from "~/kit/i18n/catalogue";
import { languageOf, localeOf, type Language } from "~/kit/i18n/languages";
import { useLanguage, useT } from "~/kit/i18n/use-i18n";
import { CheckboxGroup, DateField, ErrorSummary, Notice, SelectField, TextField } from "~/kit/forms/components";
import { formatDate } from "~/kit/format";
import { list, text, versionOf } from "~/kit/forms/form-data";
import { commandFailure, editFailure, notFoundResponse, type StoredVersion } from "~/kit/http/respond.server";
import type { EditConflictData } from "~/kit/forms/conflict-values";
import { addCommunicationItem, deleteCommunicationItem, markReviewed, updateCommunicationItem } from "../commands/communication.server";
import { communicationChannels, months } from "../codes";
import { EditVersion, PlanningNav, prefixed, sentBack } from "../components";
import type { CommunicationInput, ReviewInput } from "../inputs";
import { planningPage } from "../page.server";
import { planningPath } from "../paths";
import { communicationItems, heldMeetings, meetingsById } from "../queries.server";
import { localize } from "~/kit/i18n/localized";
import type { LocalizedText } from "~/kit/i18n/localized";
import type { Route } from "./+types/communication";

type Fields = Pick<FormData, "get" | "getAll" | "keys">;

const itemFromForm = (form: Fields, p: string): CommunicationInput => ({
  targetGroup: text(form, `${p}targetGroup`),
  months: list(form, `${p}months`),
  timing: text(form, `${p}timing`),
  channel: text(form, `${p}channel`) as CommunicationInput["channel"],
  responsible: text(form, `${p}responsible`),
  content: text(form, `${p}content`),
  aim: text(form, `${p}aim`),
});

/** A stored row as the edit form's values. */
const itemValues = (item: CommunicationInput): CommunicationInput => ({
  targetGroup: item.targetGroup,
  months: item.months,
  timing: item.timing,
  channel: item.channel,
  responsible: item.responsible,
  content: item.content,
  aim: item.aim,
});

export async function loader({ request, params }: Route.LoaderArgs) {
  const page = await planningPage(request, params);
  const items = await communicationItems(page.regionCode, page.year);
  const meetingLabel = (m: { startsAt: Date; groupName: LocalizedText }) => ({
    group: localize(m.groupName, page.lang).text,
    date: wallClockInFinland(m.startsAt).date,
  });
  const held = await heldMeetings(page.regionCode, page.year);
  // The meetings the rows were marked reviewed at, also those outside the list of choices.
  const reviewedAt = new Map(held.map((m) => [m.id, meetingLabel(m)]));
  for (const m of await meetingsById(items.flatMap((i) => (i.reviewedAtMeetingId ? [i.reviewedAtMeetingId] : [])))) reviewedAt.set(m.id, meetingLabel(m));
  return {
    regionCode: page.regionCode,
    regionName: page.regionName,
    year: page.year,
    canEdit: page.canEdit,
    items: items.map((i) => ({ ...i, reviewedAtMeeting: i.reviewedAtMeetingId ? (reviewedAt.get(i.reviewedAtMeetingId) ?? null) : null })),
    meetings: page.canEdit ? held.map((m) => ({ id: m.id, theme: m.theme, ...meetingLabel(m) })) : [],
    today: todayInFinland(),
  };
}

export async function action({ request, params }: Route.ActionArgs) {
  const page = await planningPage(request, params);
  const { lang, user } = page;
  const form = await request.formData();
  const intent = text(form, "intent");
  const run = async (name: string, input: unknown, command: () => Promise<unknown>, notice: string, stored?: () => Promise<StoredVersion | null>) => {
    try {
      await command();
    } catch (error) {
      return stored ? editFailure(error, lang, { form: name, input }, stored) : commandFailure(error, lang, { form: name, input });
    }
    return redirect(`${planningPath(lang, page.regionCode, page.year, "communication")}?notice=${notice}`, { status: 303 });
  };
  if (intent === "add") {
    const input = itemFromForm(form, "new.");
    return run("new", input, () => addCommunicationItem(user, { regionCode: page.regionCode, year: page.year }, input), "created");
  }
  const id = text(form, "id");
  const items = await communicationItems(page.regionCode, page.year);
  if (!isUuid(id) || !items.some((i) => i.id === id)) throw notFoundResponse(lang);
  if (intent === "update") {
    const input = { ...itemFromForm(form, `c.${id}.`), version: versionOf(form) };
    const stored = async () => {
      const item = (await communicationItems(page.regionCode, page.year)).find((i) => i.id === id);
      return item ? { version: item.version, values: itemValues({ ...item, channel: item.channel as CommunicationInput["channel"] }) } : null;
    };
    return run(id, input, () => updateCommunicationItem(user, id, input), "saved", stored);
  }
  if (intent === "review") {
    const input: ReviewInput = {
      reviewedOn: text(form, `r.${id}.reviewedOn`).trim(),
      reviewNote: text(form, `r.${id}.reviewNote`),
      reviewedAtMeetingId: text(form, `r.${id}.reviewedAtMeetingId`).trim() || undefined,
    };
    return run(`r.${id}`, input, () => markReviewed(user, id, input), "reviewed");
  }
  if (intent === "delete") return run(id, null, () => deleteCommunicationItem(user, id), "deleted");
  throw notFoundResponse(lang);
}

export const meta = ({ params, loaderData }: Route.MetaArgs) => {
  const lang = languageOf(params);
  const t = translator(lang);
  return pageTitle(lang, t("planning.heading", { title: t("planning.communication"), year: params.year, region: loaderData?.regionName ?? "" }));
};

const notices = { saved: "work.saved", created: "work.created", deleted: "work.deleted", reviewed: "comm.reviewSaved" } as const;

export const monthName = (month: number, lang: Language) =>
  new Intl.DateTimeFormat(localeOf[lang], { month: "long", timeZone: "UTC" }).format(new Date(Date.UTC(2026, month - 1, 15)));

export default function CommunicationPage({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const lang = useLanguage();
  const location = useLocation();
  const { items, canEdit, regionCode, year } = loaderData;
  const channel = (code: string) => t(`planning.channel.${code}` as "planning.channel.web");
  const newSent = sentBack<CommunicationInput>(actionData, "new");
  return (
    <div key={location.key}>
      <PlanningNav regionCode={regionCode} year={year} page="communication" />
      <h1>{t("planning.heading", { title: t("planning.communication"), year, region: loaderData.regionName })}</h1>
      <Notice notices={notices} />
      {!canEdit && <p>{t("planning.readOnly")}</p>}
      <section aria-labelledby="list-heading">
        <h2 id="list-heading">{t("comm.list")}</h2>
        {items.length === 0 ? (
          <p>{t("comm.none", { year })}</p>
        ) : (
          <div className="table-wrap">
            <table className="data">
              <caption className="visually-hidden">{t("comm.list")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("comm.content")}</th>
                  <th scope="col">{t("comm.targetGroup")}</th>
                  <th scope="col">{t("comm.timing")}</th>
                  <th scope="col">{t("comm.channel")}</th>
                  <th scope="col">{t("comm.responsible")}</th>
                  <th scope="col">{t("comm.aim")}</th>
                  <th scope="col">{t("comm.reviewed")}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((item) => (
                  <tr key={item.id}>
                    <th scope="row">{item.content}</th>
                    <td>{item.targetGroup}</td>
                    <td>
                      {item.months.map((m) => monthName(m, lang)).join(", ")}
                      {item.timing && ` (${item.timing})`}
                    </td>
                    <td>{channel(item.channel)}</td>
                    <td>{item.responsible}</td>
                    <td>{item.aim}</td>
                    <td>
                      {item.reviewedOn
                        ? t("comm.reviewedValue", { date: formatDate(item.reviewedOn, lang), name: item.reviewedBy ?? "" })
                        : t("comm.notReviewed")}
                      {item.reviewedAtMeeting && (
                        <>
                          <br />
                          <Link to={`/${lang}/work/meetings/${item.reviewedAtMeetingId}`}>
                            {t("comm.reviewedAtMeeting", { group: item.reviewedAtMeeting.group, date: formatDate(item.reviewedAtMeeting.date, lang) })}
                          </Link>
                        </>
                      )}
                      {item.reviewNote && (
                        <>
                          <br />
                          {item.reviewNote}
                        </>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <section aria-labelledby="calendar-heading">
        <h2 id="calendar-heading">{t("comm.calendar")}</h2>
        <div className="table-wrap">
          <table className="data calendar">
            <caption>{t("comm.calendarCaption", { year })}</caption>
            <thead>
              <tr>
                <th scope="col">{t("comm.month")}</th>
                <th scope="col">{t("comm.items")}</th>
              </tr>
            </thead>
            <tbody>
              {months.map((m) => {
                const inMonth = items.filter((i) => i.months.includes(m));
                return (
                  <tr key={m}>
                    <th scope="row">{monthName(m, lang)}</th>
                    <td>
                      {inMonth.length === 0 ? (
                        <span className="muted">{t("comm.nothing")}</span>
                      ) : (
                        <ul>
                          {inMonth.map((i) => (
                            <li key={i.id}>
                              {i.content} – {channel(i.channel)}, {i.targetGroup}
                              {i.timing && ` (${i.timing})`}
                            </li>
                          ))}
                        </ul>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </section>
      {canEdit && (
        <section aria-labelledby="edit-heading">
          <h2 id="edit-heading">{t("comm.add")}</h2>
          <ItemForm
            prefix="new."
            intent="add"
            values={newSent.values ?? { targetGroup: "", months: [], channel: "web", responsible: "", content: "" }}
            errors={newSent.errors}
          />
          {items.map((item) => {
            const sent = sentBack<CommunicationInput>(actionData, item.id);
            const review = sentBack<ReviewInput>(actionData, `r.${item.id}`);
            const rp = `r.${item.id}.`;
            const reviewErrors = prefixed(review.errors, rp);
            return (
              <details key={item.id} className="editor" open={!!sent.errors || !!sent.conflict || !!review.errors}>
                <summary>{t("comm.edit", { content: item.content })}</summary>
                <ItemForm
                  prefix={`c.${item.id}.`}
                  intent="update"
                  id={item.id}
                  values={sent.values ?? itemValues({ ...item, channel: item.channel as CommunicationInput["channel"] })}
                  errors={sent.errors}
                  conflict={sent.conflict}
                  version={sent.conflict?.version ?? item.version}
                />
                <Form method="post" className="form" noValidate>
                  <input type="hidden" name="intent" value="review" />
                  <input type="hidden" name="id" value={item.id} />
                  <ErrorSummary
                    errors={reviewErrors}
                    labels={{
                      [`${rp}reviewedOn`]: t("comm.reviewedOn"),
                      [`${rp}reviewedAtMeetingId`]: t("comm.reviewMeeting"),
                      [`${rp}reviewNote`]: t("comm.reviewNote"),
                    }}
                  />
                  <DateField
                    name={`${rp}reviewedOn`}
                    label={t("comm.reviewedOn")}
                    value={review.values?.reviewedOn ?? item.reviewedOn ?? loaderData.today}
                    errors={reviewErrors}
                    required
                  />
                  <SelectField
                    name={`${rp}reviewedAtMeetingId`}
                    label={t("comm.reviewMeeting")}
                    emptyLabel={t("comm.noMeeting")}
                    options={loaderData.meetings.map((m) => ({ value: m.id, label: `${m.group} ${formatDate(m.date, lang)}: ${m.theme}` }))}
                    value={review.values?.reviewedAtMeetingId ?? item.reviewedAtMeetingId}
                    errors={reviewErrors}
                  />
                  <TextField name={`${rp}reviewNote`} label={t("comm.reviewNote")} value={review.values?.reviewNote ?? item.reviewNote} errors={reviewErrors} />
                  <button type="submit" className="button button--secondary">
                    {t("comm.markReviewed")}
                  </button>
                </Form>
                <Form method="post">
                  <input type="hidden" name="intent" value="delete" />
                  <input type="hidden" name="id" value={item.id} />
                  <button type="submit" className="button button--secondary">
                    {t("comm.delete")}
                  </button>
                </Form>
              </details>
            );
          })}
        </section>
      )}
      <p>
        <Link to={planningPath(lang, regionCode, year, "action-plan")}>{t("planning.actionPlan")}</Link>
        {" · "}
        <Link to={planningPath(lang, regionCode, year, "assessment")}>{t("planning.assessment")}</Link>
      </p>
    </div>
  );
}

function ItemForm(props: {
  prefix: string;
  intent: string;
  id?: string;
  values: CommunicationInput;
  errors?: Record<string, string>;
  conflict?: EditConflictData;
  version?: number;
}) {
  const t = useT();
  const lang = useLanguage();
  const p = props.prefix;
  const errors = prefixed(props.errors, p);
  const labels = {
    [`${p}targetGroup`]: t("comm.targetGroup"),
    [`${p}months`]: t("comm.months"),
    [`${p}timing`]: t("comm.timing"),
    [`${p}channel`]: t("comm.channel"),
    [`${p}responsible`]: t("comm.responsible"),
    [`${p}content`]: t("comm.content"),
    [`${p}aim`]: t("comm.aim"),
  };
  return (
    <Form method="post" className="form" noValidate>
      <input type="hidden" name="intent" value={props.intent} />
      {props.id && <input type="hidden" name="id" value={props.id} />}
      <EditVersion prefix={p} version={props.version} conflict={props.conflict} values={props.values} labels={labels} />
      <ErrorSummary errors={errors} labels={labels} />
      <TextField name={`${p}content`} label={t("comm.content")} value={props.values.content} errors={errors} multiline required />
      <TextField name={`${p}targetGroup`} label={t("comm.targetGroup")} value={props.values.targetGroup} errors={errors} required />
      <CheckboxGroup
        name={`${p}months`}
        legend={t("comm.months")}
        options={months.map((m) => ({ value: String(m), label: monthName(m, lang) }))}
        selected={(props.values.months ?? []).map(String)}
        errors={errors}
      />
      <TextField name={`${p}timing`} label={t("comm.timing")} value={props.values.timing} errors={errors} hint={t("comm.timingHint")} />
      <SelectField
        name={`${p}channel`}
        label={t("comm.channel")}
        value={props.values.channel}
        errors={errors}
        options={communicationChannels.map((c) => ({ value: c, label: t(`planning.channel.${c}`) }))}
        required
      />
      <TextField name={`${p}responsible`} label={t("comm.responsible")} value={props.values.responsible} errors={errors} required />
      <TextField name={`${p}aim`} label={t("comm.aim")} value={props.values.aim} errors={errors} multiline />
      <button type="submit" className="button">
        {props.intent === "add" ? t("comm.add") : t("comm.save")}
      </button>
    </Form>
  );
}
