import { Form, Link, redirect, useLocation } from "react-router";
import { pageTitle } from "~/kit/page-title";
import { translator } from "~/kit/i18n/catalogue";
import { languageOf } from "~/kit/i18n/languages";
import { formatNumber } from "~/kit/i18n/numbers";
import { useLanguage, useT } from "~/kit/i18n/use-i18n";
import { ErrorSummary, fieldId, Notice } from "~/kit/forms/components";
import { text, withVersion } from "~/kit/forms/form-data";
import { commandFailure, editFailure, notFoundResponse } from "~/kit/http/respond.server";
import { closeRound, openRound, saveAnswer } from "../commands/assessment.server";
import { BarChart } from "../chart";
import { dimensions, stages, type Dimension } from "../codes";
import { EditVersion, PlanningNav, sentBack } from "../components";
import type { AnswerInput } from "../inputs";
import { planningPage } from "../page.server";
import { planningPath } from "../paths";
import { canAnswerRound, canManageRounds } from "../permissions";
import { loadAssessment } from "../queries.server";
import type { Route } from "./+types/assessment";

export async function loader({ request, params }: Route.LoaderArgs) {
  const page = await planningPage(request, params);
  const data = await loadAssessment(page.regionCode, page.year, page.user.id);
  return {
    regionCode: page.regionCode,
    regionName: page.regionName,
    year: page.year,
    canManage: canManageRounds(page.user, page.regionCode),
    canAnswer: !!data.round && canAnswerRound(page.user, page.scope, data.round.status),
    ...data,
  };
}

export async function action({ request, params }: Route.ActionArgs) {
  const page = await planningPage(request, params);
  const { lang, user } = page;
  const form = await request.formData();
  const intent = text(form, "intent");
  const back = (notice: string) => redirect(`${planningPath(lang, page.regionCode, page.year, "assessment")}?notice=${notice}`, { status: 303 });
  if (intent === "open") {
    try {
      await openRound(user, { regionCode: page.regionCode, year: page.year });
    } catch (error) {
      return commandFailure(error, lang, { form: "round", input: null });
    }
    return back("opened");
  }
  const { round } = await loadAssessment(page.regionCode, page.year, user.id);
  if (!round) throw notFoundResponse(lang);
  if (intent === "close") {
    try {
      await closeRound(user, round.id);
    } catch (error) {
      return commandFailure(error, lang, { form: "round", input: null });
    }
    return back("closed");
  }
  if (intent === "answer") {
    const input = withVersion(form, {
      stages: Object.fromEntries(dimensions.map((d) => [d, text(form, `stages.${d}`)])),
      comments: Object.fromEntries(dimensions.map((d) => [d, text(form, `comments.${d}`)])),
    }) as unknown as AnswerInput;
    const stored = async () => {
      const { myAnswer } = await loadAssessment(page.regionCode, page.year, user.id);
      return myAnswer && { version: myAnswer.version, values: { stages: myAnswer.stages, comments: myAnswer.comments } };
    };
    try {
      await saveAnswer(user, round.id, input);
    } catch (error) {
      return editFailure(error, lang, { form: "answer", input }, stored);
    }
    return back("answered");
  }
  throw notFoundResponse(lang);
}

export const meta = ({ params, loaderData }: Route.MetaArgs) => {
  const lang = languageOf(params);
  const t = translator(lang);
  return pageTitle(lang, t("planning.heading", { title: t("planning.assessment"), year: params.year, region: loaderData?.regionName ?? "" }));
};

const notices = { opened: "assess.roundOpened", closed: "assess.roundClosed", answered: "assess.answerSaved" } as const;

export default function AssessmentPage({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const lang = useLanguage();
  const location = useLocation();
  const { round, regionCode, year, history } = loaderData;
  const dimensionName = (d: string) => t(`assess.dimension.${d}` as "assess.dimension.forums");
  const number = (value: number) => formatNumber(value, lang, { maximumFractionDigits: 1 });
  return (
    <div key={location.key}>
      <PlanningNav regionCode={regionCode} year={year} page="assessment" />
      <h1>{t("planning.heading", { title: t("planning.assessment"), year, region: loaderData.regionName })}</h1>
      <Notice notices={notices} />
      <p className="lead">{t("assess.intro")}</p>
      {!round ? <p>{t("assess.noRound", { year })}</p> : <p>{round.status === "open" ? t("assess.statusOpen") : t("assess.statusClosed")}</p>}
      {loaderData.canManage && (
        <Form method="post">
          <input type="hidden" name="intent" value={round?.status === "open" ? "close" : "open"} />
          <button type="submit" className="button button--secondary">
            {!round ? t("assess.open") : round.status === "open" ? t("assess.close") : t("assess.reopen")}
          </button>
        </Form>
      )}
      {loaderData.canAnswer && <AnswerForm actionData={actionData} myAnswer={loaderData.myAnswer} />}
      {round && (
        <section aria-labelledby="results-heading">
          <h2 id="results-heading">{t("assess.results")}</h2>
          <p>{t("assess.answerCount", { count: round.answers })}</p>
          {round.answers === 0 ? (
            <p>{t("assess.noAnswers")}</p>
          ) : (
            <>
              <div className="chart-grid">
                {round.results.map((r) => (
                  <figure key={r.dimension}>
                    <figcaption>{t("assess.chartTitle", { dimension: dimensionName(r.dimension) })}</figcaption>
                    <BarChart
                      id={`chart-${r.dimension}`}
                      title={t("assess.chartTitle", { dimension: dimensionName(r.dimension) })}
                      max={round.answers}
                      bars={stages.map((s) => ({
                        label: `${t("assess.stage")} ${s}`,
                        value: r.counts[s - 1],
                        valueLabel: formatNumber(r.counts[s - 1], lang),
                      }))}
                    />
                  </figure>
                ))}
              </div>
              <div className="table-wrap">
                <table className="data">
                  <caption>{t("assess.results")}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t("assess.dimension")}</th>
                      {stages.map((s) => (
                        <th scope="col" key={s}>
                          {t("assess.stage")} {s}: {t(`assess.stageName.${s}`)}
                        </th>
                      ))}
                      <th scope="col">{t("assess.mean")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {round.results.map((r) => (
                      <tr key={r.dimension}>
                        <th scope="row">{dimensionName(r.dimension)}</th>
                        {r.counts.map((c, i) => (
                          <td key={i} className="num">
                            {c}
                          </td>
                        ))}
                        <td className="num">{r.mean === null ? "–" : number(r.mean)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              {round.comments.length > 0 && (
                <>
                  <h3>{t("assess.comments")}</h3>
                  <ul>
                    {round.comments.map((c, i) => (
                      <li key={i}>
                        <strong>{dimensionName(c.dimension)}:</strong> {c.text}
                      </li>
                    ))}
                  </ul>
                </>
              )}
            </>
          )}
        </section>
      )}
      {history.length > 0 && (
        <section aria-labelledby="history-heading">
          <h2 id="history-heading">{t("assess.history")}</h2>
          <div className="chart-grid">
            {dimensions.map((d) => (
              <figure key={d}>
                <figcaption>{t("assess.historyChart", { dimension: dimensionName(d) })}</figcaption>
                <BarChart
                  id={`history-${d}`}
                  title={t("assess.historyChart", { dimension: dimensionName(d) })}
                  max={3}
                  bars={history.map((h) => {
                    const mean = h.results.find((r) => r.dimension === d)?.mean ?? null;
                    return { label: String(h.year), value: mean ?? 0, valueLabel: mean === null ? "–" : number(mean) };
                  })}
                />
              </figure>
            ))}
          </div>
          <div className="table-wrap">
            <table className="data">
              <caption>{t("assess.historyCaption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("assess.dimension")}</th>
                  {history.map((h) => (
                    <th scope="col" key={h.year}>
                      {h.year}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {dimensions.map((d) => (
                  <tr key={d}>
                    <th scope="row">{dimensionName(d)}</th>
                    {history.map((h) => {
                      const mean = h.results.find((r) => r.dimension === d)?.mean ?? null;
                      return (
                        <td key={h.year} className="num">
                          {mean === null ? "–" : number(mean)}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}
      <p>
        <Link to={planningPath(lang, regionCode, year, "action-plan")}>{t("planning.actionPlan")}</Link>
        {" · "}
        <Link to={planningPath(lang, regionCode, year, "communication")}>{t("planning.communication")}</Link>
      </p>
    </div>
  );
}

function AnswerForm({
  actionData,
  myAnswer,
}: {
  actionData: unknown;
  myAnswer: { stages: Record<string, number>; comments: Record<string, string>; version: number } | null;
}) {
  const t = useT();
  const sent = sentBack<{ stages: Record<string, string>; comments: Record<string, string> }>(actionData, "answer");
  const errors = sent.errors;
  const stageOf = (d: Dimension) => String(sent.values?.stages?.[d] ?? myAnswer?.stages[d] ?? "");
  const commentOf = (d: Dimension) => sent.values?.comments?.[d] ?? myAnswer?.comments[d] ?? "";
  const labels = Object.fromEntries(
    dimensions.flatMap((d) => [
      [`stages.${d}`, t(`assess.dimension.${d}`)],
      [`comments.${d}`, t("assess.commentLabel", { dimension: t(`assess.dimension.${d}`) })],
    ]),
  );
  return (
    <section aria-labelledby="answer-heading">
      <h2 id="answer-heading">{t("assess.yourAnswer")}</h2>
      {myAnswer && <p>{t("assess.answered")}</p>}
      <ErrorSummary errors={errors} labels={labels} />
      <Form method="post" className="form" noValidate>
        <input type="hidden" name="intent" value="answer" />
        {/* 0 when there is no answer yet: one saved meanwhile in another tab makes this form stale. */}
        <EditVersion prefix="" version={sent.conflict?.version ?? myAnswer?.version ?? 0} conflict={sent.conflict} values={sent.values} labels={labels} />
        {dimensions.map((d) => {
          const id = fieldId(`stages.${d}`);
          const error = errors?.[`stages.${d}`];
          return (
            <fieldset key={d} id={id} className="checkbox-group" tabIndex={-1} aria-describedby={error ? `${id}-error` : undefined}>
              <legend>{t(`assess.dimension.${d}`)}</legend>
              {stages.map((s) => (
                <div className="option" key={s}>
                  <input type="radio" id={`${id}--${s}`} name={`stages.${d}`} value={s} defaultChecked={stageOf(d) === String(s)} required />
                  <label htmlFor={`${id}--${s}`}>
                    {t("assess.stageOption", { stage: s, name: t(`assess.stageName.${s}`), description: t(`assess.describe.${d}.${s}`) })}
                  </label>
                </div>
              ))}
              {error && (
                <p id={`${id}-error`} className="field__error">
                  {error}
                </p>
              )}
              <div className="field">
                <label htmlFor={fieldId(`comments.${d}`)}>{t("assess.commentLabel", { dimension: t(`assess.dimension.${d}`) })}</label>
                <textarea
                  id={fieldId(`comments.${d}`)}
                  name={`comments.${d}`}
                  rows={2}
                  defaultValue={commentOf(d)}
                  aria-invalid={errors?.[`comments.${d}`] ? true : undefined}
                />
                {errors?.[`comments.${d}`] && <p className="field__error">{errors[`comments.${d}`]}</p>}
              </div>
            </fieldset>
          );
        })}
        <button type="submit" className="button">
          {t("assess.save")}
        </button>
      </Form>
    </section>
  );
}
