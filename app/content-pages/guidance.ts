import { isGuestLanguage, type PageLanguage } from "~/kit/i18n/page-languages";
import type { Language } from "~/kit/i18n/languages";
import { contentPagePath } from "./paths";

/** The content page of guidance for people who have moved to Finland, written in more languages than the interface (issue 13). */
export const immigrantGuidanceSlug = "guidance-for-immigrants";

/**
 * The interface language of the one address given out for a page in a language the interface is
 * not in (`/ru`, a browser asking for Russian): English, which more newcomers read than Finnish or
 * Swedish, as for the immigrant path's Russian version (decision 0120).
 */
export const guestInterfaceLanguage: Language = "en";

/** The address of a page's version in a language: its own prefix for an interface language, else under the interface's. */
export const pageInLanguagePath = (lang: Language, slug: string, language: PageLanguage) =>
  isGuestLanguage(language) ? `/${lang}${contentPagePath(slug)}/${language}` : `/${language}${contentPagePath(slug)}`;
