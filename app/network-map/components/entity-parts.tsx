import type { MessageKey } from "~/kit/i18n/catalogue";
import { localeOf } from "~/kit/i18n/languages";
import { useLanguage, useT } from "~/kit/i18n/use-i18n";

/** Labels of codes of one code list, e.g. prefix "channel" → "Puhelin". */
export function CodeTags({ prefix, codes, label }: { prefix: string; codes: string[]; label: string }) {
  const t = useT();
  if (codes.length === 0) return null;
  return (
    <ul className="tags" aria-label={label}>
      {codes.map((code) => (
        <li key={code}>{t(`${prefix}.${code}` as MessageKey)}</li>
      ))}
    </ul>
  );
}

export function LastVerified({ at }: { at: string | Date }) {
  const t = useT();
  const lang = useLanguage();
  const date = new Intl.DateTimeFormat(localeOf[lang], { dateStyle: "long", timeZone: "Europe/Helsinki" }).format(new Date(at));
  return <p className="muted">{t("entity.lastVerified", { date })}</p>;
}

export function Fact({ term, children }: { term: string; children: React.ReactNode }) {
  if (children === null || children === undefined || children === "" || children === false) return null;
  return (
    <>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </>
  );
}
