import { IntlMessageFormat } from "intl-messageformat";
import { localeOf, type Language } from "./languages";

/**
 * ICU MessageFormat for the catalogue (decision 0172): `{name}` arguments, `{count, plural, one {…}
 * other {…}}` and `{code, select, … other {…}}`, formatted by FormatJS's intl-messageformat with the
 * language's plural rules and number format (`#`). Shared by the server's and the browser's catalogue.
 */

/** A message ready to format: its text when it has no argument, otherwise its parsed ICU form. */
export type CompiledMessage = string | ReturnType<IntlMessageFormat["getAst"]>;

export type MessageValues = Record<string, string | number>;

// The catalogue has no rich-text tags: a "<" in a message is text.
const options = { ignoreTag: true };

/**
 * Parses a message, throwing on an ICU syntax error. A message without arguments compiles to its
 * text (with ICU's quoting applied), so the browser needs no parser: the build sends it the
 * compiled form (vite.config.ts).
 */
export function compileMessage(text: string, lang: Language): CompiledMessage {
  const ast = new IntlMessageFormat(text, localeOf[lang], undefined, options).getAst();
  // 0 is the parser's TYPE.literal; the enum lives in a package we do not depend on directly.
  // eslint-disable-next-line @typescript-eslint/no-unsafe-enum-comparison
  return ast.every((element) => element.type === 0) ? ast.map((element) => (element as { value: string }).value).join("") : ast;
}

export function compileMessages(messages: Record<string, string>, lang: Language): Record<string, CompiledMessage> {
  return Object.fromEntries(Object.entries(messages).map(([key, text]) => [key, compileMessage(text, lang)]));
}

export type MessageFormatter = (values?: MessageValues) => string;

/**
 * A formatter of one compiled message. A value the message needs but was not given is a bug in the
 * caller; the page shows the key, as it does for a missing message, rather than failing.
 */
export function messageFormatter(key: string, message: CompiledMessage, lang: Language): MessageFormatter {
  if (typeof message === "string") return () => message;
  const format = new IntlMessageFormat(message, localeOf[lang], undefined, options);
  return (values) => {
    try {
      const result = format.format(values);
      return Array.isArray(result) ? result.join("") : String(result);
    } catch {
      return key;
    }
  };
}

/** Translators' formatters, compiled on first use and kept per language and key. */
export function formatterCache(compile: (key: string) => CompiledMessage | undefined, lang: Language): (key: string) => MessageFormatter | undefined {
  const cache = new Map<string, MessageFormatter>();
  return (key) => {
    let formatter = cache.get(key);
    if (!formatter) {
      const message = compile(key);
      if (message === undefined) return undefined;
      formatter = messageFormatter(key, message, lang);
      cache.set(key, formatter);
    }
    return formatter;
  };
}
