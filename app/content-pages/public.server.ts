/**
 * What other features may use of content-pages on the server: they import it from here, never from
 * content-pages's internal modules (the layering test enforces it).
 */
import { isGuestLanguage, type PageLanguage } from "~/kit/i18n/page-languages";
import type { Language } from "~/kit/i18n/languages";
import { guestInterfaceLanguage, immigrantGuidanceSlug, pageInLanguagePath } from "./guidance";
import { languagePhrases } from "./language-phrases";
import { publishedLanguages } from "./queries.server";

export { publishedPagesBySlug, publishedSlugs } from "./queries.server";

/** Where `/ru` and a browser that prefers Russian (or another language the interface is not in) are sent, if the guidance is in it. */
export async function immigrantGuidanceAddress(language: PageLanguage): Promise<string | null> {
  if (!isGuestLanguage(language)) return null;
  const published = await publishedLanguages(immigrantGuidanceSlug);
  return published.includes(language) ? pageInLanguagePath(guestInterfaceLanguage, immigrantGuidanceSlug, language) : null;
}

/** Links to the immigrant guidance in its other published languages, each named in its own language, for the front page. */
export async function immigrantGuidanceLinks(lang: Language) {
  const published = await publishedLanguages(immigrantGuidanceSlug);
  return published
    .filter((language) => language !== lang)
    .map((language) => ({ language, href: pageInLanguagePath(lang, immigrantGuidanceSlug, language), text: languagePhrases[language].information }));
}
