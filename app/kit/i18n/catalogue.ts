import type { Language } from "./languages";
import { compileMessage, formatterCache, type MessageFormatter, type MessageValues } from "./message-format";

/**
 * The mechanism of the message catalogue. The kit knows no feature: the shell composes every
 * feature's messages (app/shell/messages.ts), installs them here at start-up, and registers their
 * keys by augmenting `MessageCatalogue`, so that `t("unknown.key")` is a type error everywhere.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled in by the shell's module augmentation
export interface MessageCatalogue {}

export type MessageKey = MessageCatalogue extends { keys: infer K extends string } ? K : string;

/** Formats a message (ICU MessageFormat, decision 0172) in the translator's language. */
export type Translate = (key: MessageKey, values?: MessageValues) => string;

let installed: Record<Language, Record<string, string>> | undefined;
let formatters: Partial<Record<Language, (key: string) => MessageFormatter | undefined>> = {};

/** Called once by the shell's catalogue module when it is first imported. */
export function installMessages(catalogues: Record<Language, Record<string, string>>): void {
  installed = catalogues;
  formatters = {};
}

function messagesIn(lang: Language): Record<string, string> {
  if (!installed) throw new Error("No message catalogue installed: import app/shell/messages.ts at start-up");
  return installed[lang];
}

export function translator(lang: Language): Translate {
  const messages = messagesIn(lang);
  const formatterOf = (formatters[lang] ??= formatterCache((key) => (Object.hasOwn(messages, key) ? compileMessage(messages[key], lang) : undefined), lang));
  return (key, values) => formatterOf(key)?.(values) ?? key;
}

/** Whether a dynamic key (built from a code) exists, so code lists can be checked against it. */
export function hasMessage(lang: Language, key: string): key is MessageKey {
  return key in messagesIn(lang);
}

export function allMessageKeys(lang: Language): string[] {
  return Object.keys(messagesIn(lang));
}
