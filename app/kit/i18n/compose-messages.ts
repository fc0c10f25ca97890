import { languages, type Language } from "./languages";

type Messages = Record<Language, Record<string, string>>;

/**
 * The union of several capabilities' messages. A key defined by two of them throws: merged by
 * spreading, the later one would silently replace the other's text.
 */
export function composeMessages(sources: readonly Messages[]): Messages {
  const composed = Object.fromEntries(languages.map((lang) => [lang, {}])) as Messages;
  for (const source of sources)
    for (const lang of languages)
      for (const [key, text] of Object.entries(source[lang])) {
        if (Object.hasOwn(composed[lang], key)) throw new Error(`Message key "${key}" (${lang}) is defined by two message sources`);
        composed[lang][key] = text;
      }
  return composed;
}
