import { useLocation } from "react-router";
import { useLanguage, useT } from "../kit/i18n/use-i18n";
import { feedbackLimits } from "./limits";

/** The page's address as the forms send it back: path and query, without the feedback flag. */
function currentPage(pathname: string, search: string): string {
  const params = new URLSearchParams(search);
  params.delete("feedback");
  const query = params.toString();
  return query ? `${pathname}?${query}` : pathname;
}

/**
 * "Did this page help?" at the foot of every public page. Plain HTML forms (not the router's), so
 * they work the same on pages that ship no JavaScript. After a vote the page comes back with
 * `?feedback=…` and the thank-you takes the form's place; the fragment moves focus to it.
 */
export function PageFeedback() {
  const t = useT();
  const lang = useLanguage();
  const { pathname, search } = useLocation();
  const state = new URLSearchParams(search).get("feedback");
  const page = currentPage(pathname, search);
  const pageOnly = pathname;
  return (
    <aside className="page-feedback" id="page-feedback" tabIndex={-1} aria-labelledby="page-feedback-title">
      <h2 id="page-feedback-title" className="page-feedback__title">
        {t("feedback.helpful.question")}
      </h2>
      {state === "thanks" || state === "sent" ? (
        <p role="status" className="alert alert--success">
          {t(state === "sent" ? "feedback.helpful.sent" : "feedback.helpful.thanks")}
        </p>
      ) : state === "missing" ? (
        <>
          <p role="status" className="alert alert--success">
            {t("feedback.helpful.missing")}
          </p>
          <form method="post" action={`/${lang}/feedback`} className="form narrow">
            <input type="hidden" name="kind" value="general" />
            <input type="hidden" name="page" value={pageOnly} />
            <input type="hidden" name="back" value={page} />
            <div className="field">
              <label htmlFor="page-feedback-missing">{t("feedback.helpful.missingLabel")}</label>
              <span className="field__hint" id="page-feedback-missing-hint">
                {t("feedback.helpful.missingHint")}
              </span>
              <textarea
                id="page-feedback-missing"
                name="message"
                rows={3}
                maxLength={feedbackLimits.message}
                required
                aria-describedby="page-feedback-missing-hint"
              />
            </div>
            <button type="submit" className="button button--secondary">
              {t("feedback.helpful.send")}
            </button>
          </form>
        </>
      ) : (
        <form method="post" action={`/${lang}/feedback/helpful`} className="page-feedback__vote">
          <input type="hidden" name="page" value={page} />
          <button type="submit" name="helpful" value="yes" className="button button--secondary" aria-describedby="page-feedback-title">
            {t("feedback.helpful.yes")}
          </button>{" "}
          <button type="submit" name="helpful" value="no" className="button button--secondary" aria-describedby="page-feedback-title">
            {t("feedback.helpful.no")}
          </button>
        </form>
      )}
      <ul className="page-feedback__links">
        <li>
          <a href={`/${lang}/feedback?page=${encodeURIComponent(pageOnly)}`}>{t("feedback.links.general")}</a>
        </li>
        <li>
          <a href={`/${lang}/feedback?kind=accessibility&page=${encodeURIComponent(pageOnly)}`}>{t("feedback.links.accessibility")}</a>
        </li>
      </ul>
    </aside>
  );
}
