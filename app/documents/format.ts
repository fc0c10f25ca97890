import { localeOf, type Language } from "../kit/i18n/languages";

/** A file size for people: "850 kB", "2,4 MB" (in the language's number format). */
export function formatSize(bytes: number, lang: Language): string {
  const number = (value: number, digits: number) => new Intl.NumberFormat(localeOf[lang], { maximumFractionDigits: digits }).format(value);
  if (bytes < 1000) return `${bytes} B`;
  if (bytes < 1_000_000) return `${number(bytes / 1000, 0)} kB`;
  return `${number(bytes / 1_000_000, 1)} MB`;
}
