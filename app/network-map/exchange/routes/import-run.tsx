import { data, Form, Link, redirect, useLocation } from "react-router";
import { requireUser } from "~/kit/permissions/current-user.server";
import { notFoundResponse } from "~/kit/http/respond.server";
import { pageTitle } from "~/kit/page-title";
import { translator } from "~/kit/i18n/catalogue";
import { languageOf } from "~/kit/i18n/languages";
import { useLanguage, useT } from "~/kit/i18n/use-i18n";
import { cancelImportRun, readImportRun } from "../runs.server";
import { ImportReport, translatedReport } from "../report";
import type { Route } from "./+types/import-run";

/** Seconds between the page's own refreshes while the run is queued or running. */
const refreshSeconds = 5;

/** `/:lang/work/import/:runId`: a CSV import run as a job, its progress and then its report. Only its starter and admins see it. */
export async function loader({ request, params }: Route.LoaderArgs) {
  const lang = languageOf(params);
  const user = await requireUser(request, lang);
  const run = await readImportRun(user, String(params.runId));
  if (!run) throw notFoundResponse(lang);
  const t = translator(lang);
  return {
    kind: run.kind,
    status: run.status,
    totalRows: run.totalRows,
    processedRows: run.processedRows,
    cancelRequested: run.cancelRequested,
    // The user may turn the refresh off (WCAG 2.2.1) and refresh by hand.
    autoRefresh: new URL(request.url).searchParams.get("refresh") !== "off",
    report: run.status === "done" && run.report ? translatedReport(run.kind, run.report, t) : null,
    failure: run.status === "failed" && run.report && !run.report.ok ? run.report.fileIssues.map((issue) => t(issue.key, issue.values)) : [],
  };
}

export async function action({ request, params }: Route.ActionArgs) {
  const lang = languageOf(params);
  const user = await requireUser(request, lang);
  const form = await request.formData();
  if (form.get("intent") !== "cancel") throw data(translator(lang)("error.badRequest"), { status: 400 });
  if (!(await cancelImportRun(user, String(params.runId)))) throw notFoundResponse(lang);
  return redirect(`/${lang}/work/import/${params.runId}`, { status: 303 });
}

export const meta = ({ params, loaderData }: Route.MetaArgs) => [
  ...pageTitle(params.lang, translator(languageOf(params))("importRun.title")),
  // Refreshes itself without JavaScript until the run ends.
  ...(loaderData?.autoRefresh && (loaderData.status === "queued" || loaderData.status === "running")
    ? [{ httpEquiv: "refresh", content: String(refreshSeconds) }]
    : []),
];

export default function ImportRunPage({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const lang = useLanguage();
  const { kind, status, totalRows, processedRows, cancelRequested, autoRefresh, report, failure } = loaderData;
  const importPage = kind === "offerings" ? `/${lang}/work/offerings/import` : `/${lang}/work/import`;
  const active = status === "queued" || status === "running";
  const here = useLocation().pathname;
  return (
    <>
      <h1>{t("importRun.title")}</h1>
      <p className="lead">{t("importRun.kind", { kind: t(`exchange.kind.${kind}` as "exchange.kind.services") })}</p>
      {active && (
        <>
          <div role="status">
            <p>{t(`importRun.status.${status}`)}</p>
            <p>{t("importRun.progress", { processed: processedRows, total: totalRows })}</p>
            {cancelRequested && <p>{t("importRun.cancelRequested")}</p>}
          </div>
          <progress id="import-progress" max={totalRows} value={processedRows} aria-label={t("importRun.progressLabel")} />
          {autoRefresh ? (
            <p>
              {t("importRun.refreshes", { seconds: refreshSeconds })} <Link to={`${here}?refresh=off`}>{t("importRun.stopRefresh")}</Link>
            </p>
          ) : (
            <p>
              {t("importRun.paused")} <Link to={`${here}?refresh=off`}>{t("importRun.refreshNow")}</Link> · <Link to={here}>{t("importRun.startRefresh")}</Link>
            </p>
          )}
          {!cancelRequested && (
            <Form method="post" reloadDocument>
              <p className="field__hint" id="import-cancel-hint">
                {t("importRun.cancelHint")}
              </p>
              <button type="submit" name="intent" value="cancel" className="button button--secondary" aria-describedby="import-cancel-hint">
                {t("importRun.cancel")}
              </button>
            </Form>
          )}
        </>
      )}
      {status === "cancelled" && (
        <p role="status" className="alert">
          {t("importRun.status.cancelled")}
        </p>
      )}
      {status === "failed" && (
        <div role="alert" className="alert alert--error">
          <p>{t("importRun.status.failed")}</p>
          {failure.map((message) => (
            <p key={message}>{message}</p>
          ))}
        </div>
      )}
      {report && <ImportReport result={report} />}
      <p>
        <Link to={importPage}>{t("importRun.back")}</Link>
      </p>
    </>
  );
}
