import { localeOf, type Language } from "./languages";

const formats = new Map<string, Intl.NumberFormat>();

/**
 * A number in prose as people read it in the page's language ("1 234,5" in Finnish), the same on the
 * server and in the browser. Counts inside messages use ICU plurals, which format alike (decision 0172).
 */
export function formatNumber(value: number, lang: Language, options: { maximumFractionDigits?: number } = {}): string {
  const key = `${lang} ${options.maximumFractionDigits ?? ""}`;
  let format = formats.get(key);
  if (!format) formats.set(key, (format = new Intl.NumberFormat(localeOf[lang], options)));
  return format.format(value);
}
