import { data, useNavigation } from "react-router";
import type { Translate } from "../../kit/i18n/catalogue";
import { useLanguage, useT } from "../../kit/i18n/use-i18n";
import { translateIssue } from "../../kit/validation/errors";
import { importLimits } from "./columns";
import type { ImportResult } from "./import-file.server";

/** The report shows this many bad rows; the rest are counted. */
const shownRows = 200;

/** What an import page's action answers: counts after success, or the translated report. */
export type ImportActionResult =
  | { kind: string; created: number; updated: number; unchanged: number }
  | { kind: string; error: string; fileIssues?: string[]; rows?: { line: number; column: string; message: string; codeList?: string }[]; moreRows?: number };

/** A refusal before the file is read (no file, too large), with its status. */
export const refuseImport = (status: number, error: string, kind = "") => data<ImportActionResult>({ kind, error }, { status });

/** The action's answer to an import: 200 with the counts, or 400 with the row-by-row report in the user's language. */
export function importAnswer(kind: string, result: ImportResult, t: Translate) {
  return data<ImportActionResult>(translatedReport(kind, result, t), { status: result.ok ? 200 : 400 });
}

/** An import's report in the user's language (the action's answer, the run page). */
export function translatedReport(kind: string, result: ImportResult, t: Translate): ImportActionResult {
  // Reports of runs from before decision 0209 have no unchanged count.
  if (result.ok) return { kind, created: result.created, updated: result.updated, unchanged: result.unchanged ?? 0 };
  const rows = result.rows.slice(0, shownRows).flatMap((row) =>
    row.issues.map((issue) => ({
      line: row.line,
      column: issue.column,
      message: translateIssue(issue, t),
      ...(issue.codeList ? { codeList: issue.codeList } : {}),
    })),
  );
  return {
    kind,
    error: t("import.failed"),
    fileIssues: result.fileIssues.map((issue) => t(issue.key, issue.values)),
    rows,
    moreRows: Math.max(0, result.rows.length - shownRows),
  };
}

/** The outcome of an import: the success message, or the file's problems and the table of bad rows. */
export function ImportReport({ result }: { result: ImportActionResult | undefined }) {
  const t = useT();
  const lang = useLanguage();
  if (!result) return null;
  if ("created" in result)
    return (
      <p role="status" className="alert alert--success">
        {t("import.success", { created: result.created, updated: result.updated, unchanged: result.unchanged })}
      </p>
    );
  return (
    <>
      <div role="alert" className="alert alert--error" id="import-errors">
        <p>{result.error}</p>
        {!!result.fileIssues?.length && (
          <>
            <h2>{t("import.fileProblems")}</h2>
            <ul>
              {result.fileIssues.map((message) => (
                <li key={message}>{message}</li>
              ))}
            </ul>
          </>
        )}
      </div>
      {!!result.rows?.length && (
        <section aria-labelledby="import-report">
          <h2 id="import-report">{t("import.report")}</h2>
          <div className="table-wrap">
            <table className="data">
              <caption className="visually-hidden">{t("import.reportCaption", { count: new Set(result.rows.map((r) => r.line)).size })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("import.line")}</th>
                  <th scope="col">{t("import.column")}</th>
                  <th scope="col">{t("import.problem")}</th>
                </tr>
              </thead>
              <tbody>
                {result.rows.map((row, i) => (
                  <tr key={i}>
                    <td className="num">{row.line}</td>
                    <td>{row.column === "_" ? t("import.wholeRow") : <code>{row.column}</code>}</td>
                    <td>
                      {row.message}
                      {row.codeList && (
                        <>
                          {" "}
                          <a href={`/${lang}/code-lists/${row.codeList}`}>{t("import.codeListLink")}</a>
                        </>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {!!result.moreRows && <p>{t("import.moreRows", { count: result.moreRows })}</p>}
        </section>
      )}
    </>
  );
}

/** The file field and submit button of an import form (the form itself and any other fields are the page's). */
export function ImportFileFields() {
  const t = useT();
  const navigation = useNavigation();
  return (
    <>
      <div className="field">
        <label htmlFor="import-file">{t("import.file")}</label>
        <span className="field__hint" id="import-file-hint">
          {t("import.fileHint", { max: importLimits.maxBytes / 1024 / 1024, rows: importLimits.maxRows })}
        </span>
        <input id="import-file" name="file" type="file" accept=".csv,text/csv" required aria-describedby="import-file-hint" />
      </div>
      <button type="submit" className="button" disabled={navigation.state === "submitting"}>
        {t("import.submit")}
      </button>
    </>
  );
}
