import type { Language } from "./languages";

/** The languages in which Elo keeps multilingual data fields. */
export const contentLanguages = ["fi", "sv", "en"] as const;
export type ContentLanguage = (typeof contentLanguages)[number];
/** A multilingual data field: its text per content language, any of them missing. */
export type LocalizedText = Partial<Record<ContentLanguage, string>>;

/**
 * A value written in each content language, e.g. a date in a notification, which each reader sees
 * in their own language long after it was made.
 */
export const inEachLanguage = (write: (lang: ContentLanguage) => string): LocalizedText =>
  Object.fromEntries(contentLanguages.map((lang) => [lang, write(lang)]));

export interface Localized {
  text: string;
  /** The language the text is actually in; differs from the wanted one when Finnish was the fallback. */
  lang: Language;
  isFallback: boolean;
}

/** A multilingual field in the wanted language, falling back to Finnish, then to any language. */
export function localize(value: LocalizedText | null | undefined, lang: Language): Localized {
  const wanted = value?.[lang]?.trim();
  if (wanted) return { text: wanted, lang, isFallback: false };
  for (const other of ["fi", "sv", "en"] as const) {
    const text = value?.[other]?.trim();
    if (text) return { text, lang: other, isFallback: true };
  }
  return { text: "", lang, isFallback: false };
}
