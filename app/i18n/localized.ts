import type { LocalizedText } from "../network-map/code-lists";
import type { Language } from "./languages";

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
