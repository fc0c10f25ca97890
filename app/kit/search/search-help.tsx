import type { ReactNode } from "react";
import { Link } from "react-router";
import { useT } from "~/kit/i18n/use-i18n";

/**
 * The filters of a search page in a disclosure that names how many are chosen (decision 0189).
 * The page puts it after the results, so that on a phone the results come first; wide screens place
 * it beside them. A `<details>` opens without JavaScript.
 */
export function FilterDisclosure({ chosen, children }: { chosen: number; children: ReactNode }) {
  const t = useT();
  return (
    <details className="filters filters--disclosure">
      <summary>{t("searchHelp.filters", { count: chosen })}</summary>
      <div className="filters__body">{children}</div>
    </details>
  );
}

/** "Did you mean: <link>" above the results, or that the results are for the corrected words. */
export function SpellingHint({ q, suggestion, corrected, href }: { q: string; suggestion: string | null; corrected: boolean; href: string }) {
  const t = useT();
  if (!suggestion) return null;
  if (corrected) return <p className="search-hint">{t("searchHelp.corrected", { q, suggestion })}</p>;
  return (
    <p className="search-hint">
      {t("searchHelp.didYouMean")}{" "}
      <Link to={href} lang="fi">
        {suggestion}
      </Link>
    </p>
  );
}
