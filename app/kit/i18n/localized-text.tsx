import { localize, type LocalizedText } from "./localized";
import { useLanguage, useT } from "./use-i18n";

/**
 * A multilingual data field in the page's language. When it is missing in that language, the
 * Finnish text is shown, marked with its language for screen readers and with a visible note.
 */
export function Localized({ value, as: Tag = "span" }: { value: LocalizedText | null | undefined; as?: "span" | "p" | "div" }) {
  const lang = useLanguage();
  const t = useT();
  const text = localize(value, lang);
  if (!text.text) return null;
  if (!text.isFallback) return <Tag>{text.text}</Tag>;
  return (
    <Tag>
      <span lang={text.lang}>{text.text}</span> <span className="muted">{t("common.fallbackLanguage", { language: t(`language.${text.lang}`) })}</span>
    </Tag>
  );
}

/** Plain string of a multilingual field, for attributes and titles. */
export function useLocalize() {
  const lang = useLanguage();
  return (value: LocalizedText | null | undefined) => localize(value, lang).text;
}
