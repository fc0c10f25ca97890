import { isPageLanguage, type PageLanguage } from "~/kit/i18n/page-languages";
import type { Language } from "~/kit/i18n/languages";

/** The language version being edited: ?language=sv, Finnish when absent or unknown. */
export const editedLanguage = (url: string): PageLanguage => {
  const value = new URL(url).searchParams.get("language");
  return isPageLanguage(value) ? value : "fi";
};

export const editorPath = (lang: Language, pageId: string, language: PageLanguage, notice?: string) =>
  `/${lang}/work/pages/${pageId}?language=${language}${notice ? `&notice=${notice}` : ""}`;

export const historyPath = (lang: Language, pageId: string, language: PageLanguage, notice?: string) =>
  `/${lang}/work/pages/${pageId}/history?language=${language}${notice ? `&notice=${notice}` : ""}`;
