import { useT } from "~/kit/i18n/use-i18n";

/**
 * "Use my location" in the search form: hidden in the HTML, shown by the near-me island
 * (../islands/near-me.ts) only where JavaScript and the browser's location work. The island reads
 * its messages from the status element, so that it carries no message catalogue.
 */
export function NearMe() {
  const t = useT();
  return (
    <div className="near-me" data-near-me hidden>
      <button type="button" className="button button--secondary">
        {t("search.nearMe.button")}
      </button>
      <p
        role="status"
        className="near-me__status"
        data-locating={t("search.nearMe.locating")}
        data-found={t("search.nearMe.found")}
        data-denied={t("search.nearMe.denied")}
        data-unavailable={t("search.nearMe.unavailable")}
      />
    </div>
  );
}
