import type { MessageKey } from "~/kit/i18n/catalogue";
import { formatNumber } from "~/kit/i18n/numbers";
import { useLanguage, useT } from "~/kit/i18n/use-i18n";

/** A group of checkboxes for one filter dimension, each with its count of matching entries. */
export function FacetGroup({
  legend,
  name,
  codes,
  labelPrefix,
  counts,
  selected,
  hideEmpty = false,
  uncounted = false,
  form,
}: {
  legend: string;
  name: string;
  codes: readonly string[];
  labelPrefix: string;
  counts: Record<string, number>;
  selected: string[];
  /** Leave out values without matches (unless chosen), to keep long code lists short. */
  hideEmpty?: boolean;
  /** The counts were capped (decision 0140): every value is shown, without a number. */
  uncounted?: boolean;
  /** The id of the form the boxes belong to, when they stand outside it. */
  form?: string;
}) {
  const t = useT();
  const lang = useLanguage();
  const shown = hideEmpty && !uncounted ? codes.filter((code) => (counts[code] ?? 0) > 0 || selected.includes(code)) : codes;
  if (shown.length === 0) return null;
  return (
    <fieldset>
      <legend>{legend}</legend>
      {shown.map((code) => {
        const id = `facet-${name}-${code}`;
        return (
          <label key={code} className="option" htmlFor={id}>
            <input type="checkbox" id={id} name={name} value={code} defaultChecked={selected.includes(code)} form={form} />
            <span>
              {t(`${labelPrefix}.${code}` as MessageKey)}
              {!uncounted && (
                <>
                  {" "}
                  <span className="count">({formatNumber(counts[code] ?? 0, lang)})</span>
                </>
              )}
            </span>
          </label>
        );
      })}
    </fieldset>
  );
}

/** A select of places (regions or municipalities) with counts (unless capped), and "any" first. */
export function PlaceSelect({
  id,
  name,
  label,
  anyLabel,
  places,
  selected,
  form,
}: {
  id: string;
  name: string;
  label: string;
  anyLabel: string;
  places: { code: string; name: string; count?: number }[];
  selected: string | undefined;
  form?: string;
}) {
  const lang = useLanguage();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} defaultValue={selected ?? ""} form={form}>
        <option value="">{anyLabel}</option>
        {places.map((p) => (
          <option key={p.code} value={p.code}>
            {p.count === undefined ? p.name : `${p.name} (${formatNumber(p.count, lang)})`}
          </option>
        ))}
      </select>
    </div>
  );
}
