import { translator } from "./i18n/catalogue";
import { isLanguage } from "./i18n/languages";

/**
 * Page title for a route's meta function: "Page – Elo", with one description for search engines:
 * the page's own, or the site's.
 */
export function pageTitle(lang: string | undefined, title: string, description?: string) {
  const t = translator(isLanguage(lang) ? lang : "fi");
  return [{ title: `${title} – ${t("site.name")}` }, { name: "description", content: description || t("site.description") }];
}
