import { Link } from "react-router";
import { EditConflictNotice, VersionField } from "../kit/forms/conflict";
import type { EditConflictData } from "../kit/forms/conflict-values";
import { useLanguage, useT } from "../kit/i18n/use-i18n";
import { planningPath, type PlanningPageKind } from "./paths";

/** The page's heading line: back to the index, and the neighbouring years of the same page. */
export function PlanningNav({ regionCode, year, page }: { regionCode: string; year: number; page: PlanningPageKind }) {
  const t = useT();
  const lang = useLanguage();
  return (
    <nav aria-label={t("planning.title")}>
      <p>
        <Link to={`/${lang}/work/planning`}>{t("planning.backToIndex")}</Link>
        {" · "}
        <Link to={planningPath(lang, regionCode, year - 1, page)}>{t("planning.previousYear", { year: year - 1 })}</Link>
        {" · "}
        <Link to={planningPath(lang, regionCode, year + 1, page)}>{t("planning.nextYear", { year: year + 1 })}</Link>
      </p>
    </nav>
  );
}

/** A percentage as text, with a bar beside it that repeats what the text says. */
export function Progress({ value }: { value: number | null }) {
  const t = useT();
  const text = value === null ? t("plan.noProgress") : t("plan.progressValue", { percent: value });
  return (
    <span className="progress">
      <span>{t("plan.progressOf", { value: text })}</span>
      {value !== null && (
        <span className="progress__bar" aria-hidden="true">
          <span className="progress__fill" style={{ width: `${value}%` }} />
        </span>
      )}
    </span>
  );
}

/** The errors and values a failed form sent back, if they belong to the form named `name`. */
export function sentBack<V>(actionData: unknown, name: string): { errors?: Record<string, string>; values?: V; conflict?: EditConflictData } {
  if (!actionData || typeof actionData !== "object" || !("values" in actionData)) return {};
  const values = (actionData as { values: { form: string; input: V } }).values;
  if (values.form !== name) return {};
  const { errors, conflict } = actionData as { errors?: Record<string, string>; conflict?: EditConflictData };
  return { errors, values: values.input, conflict };
}

/** Field errors under the prefix that names the form's fields on a page with many forms. */
export const prefixed = (errors: Record<string, string> | undefined, prefix: string) =>
  errors && Object.fromEntries(Object.entries(errors).map(([k, v]) => [`${prefix}${k}`, v]));

/**
 * An edit form's version and, after a stale save (409), who saved meanwhile and the two versions
 * side by side. `labels` name the form's fields by their prefixed names, as its ErrorSummary does.
 */
export function EditVersion(props: { prefix: string; version?: number; conflict?: EditConflictData; values: unknown; labels: Record<string, string> }) {
  const labels = Object.fromEntries(Object.entries(props.labels).map(([name, label]) => [name.slice(props.prefix.length), label]));
  return (
    <>
      {props.version !== undefined && <VersionField version={props.version} />}
      {props.conflict && <EditConflictNotice conflict={props.conflict} values={props.values} labels={labels} />}
    </>
  );
}
