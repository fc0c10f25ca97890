import { Link, useLocation } from "react-router";
import { useT } from "~/kit/i18n/use-i18n";

/** Reads ?page= as a positive whole number (anything else is page 1). */
export function pageParam(url: string | URL): number {
  const value = Number(new URL(url).searchParams.get("page"));
  return Number.isInteger(value) && value > 0 && value < 1_000_000 ? value : 1;
}

/** Previous/next links that keep the page's other query parameters. */
export function Pagination({ page, pageSize, total }: { page: number; pageSize: number; total: number }) {
  const t = useT();
  const { pathname, search } = useLocation();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const href = (target: number) => {
    const params = new URLSearchParams(search);
    params.set("page", String(target));
    return `${pathname}?${params}`;
  };
  return (
    <nav className="pagination" aria-label={t("pagination.label")}>
      {page > 1 && <Link to={href(page - 1)}>{t("pagination.previous")}</Link>}
      <span>{t("pagination.status", { page: Math.min(page, pages), pages, total })}</span>
      {page < pages && <Link to={href(page + 1)}>{t("pagination.next")}</Link>}
    </nav>
  );
}
