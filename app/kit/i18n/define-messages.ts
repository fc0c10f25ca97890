import type { Language } from "./languages";

/**
 * A capability's messages in every language. Finnish is the reference: Swedish and English must
 * have exactly the same keys, which the type checker enforces.
 */
export function defineMessages<const Keys extends string>(messages: {
  fi: Record<Keys, string>;
  sv: NoInfer<Record<Keys, string>>;
  en: NoInfer<Record<Keys, string>>;
}): Record<Language, Record<Keys, string>> {
  return messages;
}
