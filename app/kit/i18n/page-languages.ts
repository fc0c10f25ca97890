import { languages, type Language } from "./languages";

/**
 * The languages a content page can be written in: the interface languages, and languages common
 * among adult immigrants in the regions, in which the interface itself is not translated. A page in
 * one of these is shown inside the site's chrome in an interface language (decision 0212). A new
 * language is one more code here (and its phrases in content-pages' `other-languages.ts`).
 */
export const pageLanguages = [...languages, "ru", "uk", "ar", "so"] as const;
export type PageLanguage = (typeof pageLanguages)[number];

export function isPageLanguage(value: unknown): value is PageLanguage {
  return typeof value === "string" && (pageLanguages as readonly string[]).includes(value);
}

/** Languages written from right to left: their text is marked dir="rtl" so that it lines up and reads right. */
const rightToLeft: readonly PageLanguage[] = ["ar"];

export const textDirection = (language: PageLanguage): "ltr" | "rtl" => (rightToLeft.includes(language) ? "rtl" : "ltr");

/** A content language that is not an interface language: its pages live under an interface language's address. */
export const isGuestLanguage = (language: PageLanguage): language is Exclude<PageLanguage, Language> => !(languages as readonly string[]).includes(language);

/**
 * The content language an Accept-Language header prefers most ("ru-RU,ru;q=0.9,en;q=0.8" → ru), or
 * null when it names none of them. Ties keep the header's order.
 */
export function preferredPageLanguage(header: string | null): PageLanguage | null {
  if (!header) return null;
  const wanted = header
    .split(",")
    .map((part, index) => {
      const [tag, ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const weight = q ? Number(q.slice(2)) : 1;
      return { language: tag.split("-")[0].toLowerCase(), weight: Number.isFinite(weight) ? weight : 0, index };
    })
    .filter((w) => w.weight > 0 && isPageLanguage(w.language))
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  return (wanted[0]?.language as PageLanguage | undefined) ?? null;
}
