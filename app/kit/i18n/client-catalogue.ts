import type { MessageKey, Translate } from "./catalogue";
import { defaultLanguage, isLanguage, type Language } from "./languages";
import { formatterCache, type CompiledMessage, type MessageFormatter } from "./message-format";

/**
 * The browser's message catalogue (decision 0150). The build puts this module in the place of
 * `catalogue.ts` in the browser bundle, and each language's messages in a chunk of its own, so a
 * page loads only its own language. `loadMessages` runs before hydration; the server keeps the full
 * catalogue. A language that is not loaded (a client-side link into another language, which the
 * site's language menu does not make) borrows the loaded one until the next full page load.
 * The chunks hold compiled ICU messages (decision 0172), so the browser bundle has no ICU parser.
 */
const loaders: Record<Language, () => Promise<{ default: Record<string, CompiledMessage> }>> = {
  fi: () => import("virtual:elo-messages/fi"),
  sv: () => import("virtual:elo-messages/sv"),
  en: () => import("virtual:elo-messages/en"),
};

// The messages only the signed-in work pages use, loaded on those pages (see isWorkPath).
const workLoaders: Record<Language, () => Promise<{ default: Record<string, CompiledMessage> }>> = {
  fi: () => import("virtual:elo-messages/fi-work"),
  sv: () => import("virtual:elo-messages/sv-work"),
  en: () => import("virtual:elo-messages/en-work"),
};

const catalogues: Partial<Record<Language, Record<string, CompiledMessage>>> = {};
const formatters: Partial<Record<Language, (key: string) => MessageFormatter | undefined>> = {};
const workLoaded: Partial<Record<Language, boolean>> = {};

/** Whether a path is one of the signed-in work pages, which need the work messages too. */
export const isWorkPath = (pathname: string) => /^\/[a-z]{2}\/work(\/|$)/.test(pathname);

export async function loadMessages(lang: string, options: { work?: boolean } = {}): Promise<void> {
  const language = isLanguage(lang) ? lang : defaultLanguage;
  if (!catalogues[language]) catalogues[language] = { ...(await loaders[language]()).default };
  if (options.work && !workLoaded[language]) {
    Object.assign(catalogues[language], (await workLoaders[language]()).default);
    workLoaded[language] = true;
  }
}

function messagesOf(lang: Language): Record<string, CompiledMessage> {
  const own = catalogues[lang];
  if (own) return own;
  void loadMessages(lang);
  return catalogues[defaultLanguage] ?? Object.values(catalogues)[0] ?? {};
}

const messageIn = (messages: Record<string, CompiledMessage> | undefined, key: string) =>
  messages && Object.hasOwn(messages, key) ? messages[key] : undefined;

export function translator(lang: Language): Translate {
  const messages = messagesOf(lang);
  // Cached per the catalogue in use: a borrowed language's formatters are not kept as this language's.
  const formatterOf =
    catalogues[lang] === messages
      ? (formatters[lang] ??= formatterCache((key) => messageIn(catalogues[lang], key), lang))
      : formatterCache((key) => messageIn(messages, key), lang);
  return (key, values) => formatterOf(key)?.(values) ?? key;
}

export function hasMessage(lang: Language, key: string): key is MessageKey {
  return key in messagesOf(lang);
}

export function allMessageKeys(lang: Language): string[] {
  return Object.keys(messagesOf(lang));
}
