import { languages, type Language } from "../kit/i18n/languages";

export interface Chosen<V> {
  version: V;
  /** The language the text is in; differs from the wanted one when it is a fallback. */
  lang: Language;
  isFallback: boolean;
}

/**
 * The published version a reader of `wanted` gets: their own language, else Finnish, else whichever
 * language exists, so that a page with any published text is never empty (as localize() for fields).
 */
export function chooseVersion<V>(published: Partial<Record<Language, V>>, wanted: Language): Chosen<V> | null {
  if (published[wanted]) return { version: published[wanted], lang: wanted, isFallback: false };
  for (const other of ["fi", ...languages] as const) {
    const version = published[other];
    if (version) return { version, lang: other, isFallback: true };
  }
  return null;
}
