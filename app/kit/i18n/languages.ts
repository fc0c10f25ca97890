export const languages = ["fi", "sv", "en"] as const;
export type Language = (typeof languages)[number];
export const defaultLanguage: Language = "fi";

export function isLanguage(value: unknown): value is Language {
  return typeof value === "string" && (languages as readonly string[]).includes(value);
}

/** The language of a route's `:lang` parameter; Finnish where there is none (the layout 404s others). */
export const languageOf = (params: { lang?: string }): Language => (isLanguage(params.lang) ? params.lang : defaultLanguage);

/** ICU locale used for sorting and formatting per language (Finnish collation for Finnish). */
export const localeOf: Record<Language, string> = { fi: "fi-FI", sv: "sv-FI", en: "en-FI" };

/** Picks the language from an Accept-Language header, falling back to Finnish. */
export function languageFromHeader(header: string | null): Language {
  if (!header) return defaultLanguage;
  const wanted = header
    .split(",")
    .map((part) => {
      const [tag, q] = part.trim().split(";q=");
      return { lang: tag.slice(0, 2).toLowerCase(), q: q ? Number(q) : 1 };
    })
    .sort((a, b) => b.q - a.q);
  return (wanted.find((w) => isLanguage(w.lang))?.lang as Language | undefined) ?? defaultLanguage;
}
