import { isLanguage, type Language } from "~/kit/i18n/languages";

/** The language version being edited: ?language=sv, Finnish when absent or unknown. */
export const editedLanguage = (url: string): Language => {
  const value = new URL(url).searchParams.get("language");
  return isLanguage(value) ? value : "fi";
};

export const editorPath = (lang: Language, pageId: string, language: Language, notice?: string) =>
  `/${lang}/work/pages/${pageId}?language=${language}${notice ? `&notice=${notice}` : ""}`;

export const historyPath = (lang: Language, pageId: string, language: Language, notice?: string) =>
  `/${lang}/work/pages/${pageId}/history?language=${language}${notice ? `&notice=${notice}` : ""}`;
