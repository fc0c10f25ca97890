import { data, Form, Link, redirect } from "react-router";
import { requireUser } from "~/kit/permissions/current-user.server";
import { forbiddenResponse, notFoundResponse } from "~/kit/http/respond.server";
import { formatDateTime } from "~/kit/format";
import { pageTitle } from "~/kit/page-title";
import { hasMessage, translator } from "~/kit/i18n/catalogue";
import { languageOf } from "~/kit/i18n/languages";
import { useLanguage, useT } from "~/kit/i18n/use-i18n";
import { InvalidInput, NotFound, PermissionDenied } from "~/kit/validation/errors";
import { translateIssues } from "~/kit/validation/fields";
import { isJobId, retryJob } from "../commands/retry.server";
import { canReadJobs } from "../permissions";
import { listJobs, type JobRow } from "../queries.server";
import { jobStates, type JobState } from "../states";
import type { Route } from "./+types/jobs";

export async function loader({ request, params }: Route.LoaderArgs) {
  const lang = languageOf(params);
  const user = await requireUser(request, lang);
  if (!canReadJobs(user)) throw forbiddenResponse(lang);
  return { ...(await listJobs(user)), retried: new URL(request.url).searchParams.get("notice") === "retried" };
}

export async function action({ request, params }: Route.ActionArgs) {
  const lang = languageOf(params);
  const user = await requireUser(request, lang);
  const form = await request.formData();
  if (form.get("intent") !== "retry") throw data(translator(lang)("error.badRequest"), { status: 400 });
  const id = form.get("id");
  if (!isJobId(id)) throw notFoundResponse(lang);
  try {
    await retryJob(user, id);
  } catch (error) {
    if (error instanceof InvalidInput) return data({ id, errors: translateIssues(error.issues, translator(lang)) }, { status: 400 });
    if (error instanceof PermissionDenied) throw forbiddenResponse(lang);
    if (error instanceof NotFound) throw notFoundResponse(lang);
    throw error;
  }
  return redirect(`/${lang}/work/jobs?notice=retried`, { status: 303 });
}

export const meta = ({ params }: Route.MetaArgs) => pageTitle(params.lang, translator(languageOf(params))("jobs.title"));

export default function Jobs({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const lang = useLanguage();
  const { byState, counts, schedules, retried } = loaderData;
  const taskName = (task: string) => {
    const key = `jobs.task.${task}`;
    return hasMessage(lang, key) ? t(key) : task;
  };
  const table = (state: JobState, rows: JobRow[]) => {
    const retryable = state === "failed" || state === "retrying";
    return (
      <section aria-labelledby={`jobs-${state}`} key={state}>
        <h2 id={`jobs-${state}`}>{t(`jobs.state.${state}`)}</h2>
        {rows.length === 0 ? (
          <p>{t("jobs.none")}</p>
        ) : (
          <div className="table-wrap">
            <table className="data" id={`jobs-${state}-table`}>
              <caption>
                {t(`jobs.state.${state}`)}
                {counts[state] > rows.length ? ` – ${t("jobs.more", { shown: rows.length, total: counts[state] })}` : ""}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t("jobs.col.id")}</th>
                  <th scope="col">{t("jobs.col.task")}</th>
                  <th scope="col">{t("jobs.col.key")}</th>
                  <th scope="col">{state === "retrying" ? t("jobs.col.nextTry") : t("jobs.col.runAt")}</th>
                  <th scope="col">{t("jobs.col.attempts")}</th>
                  {retryable && <th scope="col">{t("jobs.col.lastError")}</th>}
                  <th scope="col">{t("jobs.col.created")}</th>
                  {retryable && <th scope="col">{t("jobs.col.action")}</th>}
                </tr>
              </thead>
              <tbody>
                {rows.map((job) => (
                  <tr key={job.id} id={`job-${job.id}`}>
                    <td>{job.id}</td>
                    <td>{taskName(job.task)}</td>
                    <td>{job.key ?? ""}</td>
                    <td>{formatDateTime(job.runAt, lang)}</td>
                    <td>{t("jobs.attempts", { attempts: job.attempts, max: job.maxAttempts })}</td>
                    {retryable && (
                      <td>
                        <span className="mail-body">{job.lastError ?? ""}</span>
                      </td>
                    )}
                    <td>{formatDateTime(job.createdAt, lang)}</td>
                    {retryable && (
                      <td>
                        <Form method="post">
                          <input type="hidden" name="intent" value="retry" />
                          <input type="hidden" name="id" value={job.id} />
                          <button type="submit" className="button button--secondary">
                            {t("jobs.retryNow")}
                            <span className="visually-hidden"> ({t("jobs.retryNowLabel", { id: job.id })})</span>
                          </button>
                        </Form>
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    );
  };
  return (
    <>
      <p>
        <Link to={`/${lang}/work`}>{t("work.backToWork")}</Link>
      </p>
      <h1>{t("jobs.title")}</h1>
      <p className="lead">{t("jobs.intro")}</p>
      {retried && !actionData && (
        <p role="status" className="alert alert--success">
          {t("jobs.retried")}
        </p>
      )}
      {actionData && (
        <p role="alert" className="alert alert--error">
          {Object.values(actionData.errors).join(" ")}
        </p>
      )}
      <p id="job-counts">{t("jobs.counts", counts)}</p>
      {jobStates.map((state) => table(state, byState[state]))}
      <section aria-labelledby="jobs-schedules">
        <h2 id="jobs-schedules">{t("jobs.schedules")}</h2>
        {schedules.length === 0 ? (
          <p>{t("jobs.schedules.none")}</p>
        ) : (
          <div className="table-wrap">
            <table className="data">
              <caption>{t("jobs.schedules")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("jobs.col.schedule")}</th>
                  <th scope="col">{t("jobs.col.when")}</th>
                  <th scope="col">{t("jobs.col.nextRun")}</th>
                </tr>
              </thead>
              <tbody>
                {schedules.map((s) => (
                  <tr key={s.name}>
                    <td>{taskName(s.task)}</td>
                    <td>{t("jobs.daily", { time: s.dailyAt, zone: s.timeZone })}</td>
                    <td>{formatDateTime(s.nextRunAt, lang)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}
