import type { MessageKey, Translate } from "../kit/i18n/catalogue";
import type { Language } from "../kit/i18n/languages";
import { localize } from "../kit/i18n/localized";
import type { LocalizedText } from "../kit/i18n/localized";

/** Values for a notification's message: plain values, or a multilingual text shown in the reader's language. */
export type NotificationValues = Record<string, string | number | LocalizedText>;

/** What a command tells users: see notify() in notify.server.ts. */
export interface NotificationInput {
  /** A short code for the kind of event, e.g. "document.version" or "agreement.published". */
  kind: string;
  /** The message in the catalogues; its {placeholders} are filled from `values`. */
  messageKey: MessageKey;
  values?: NotificationValues;
  /** A path inside the site without the language prefix, e.g. "/work/agreement". */
  link?: string;
  /**
   * What would make the notification moot, made with notificationCause, e.g. the agreement version
   * and the organisation asked to accept it. resolveNotifications with the same cause marks it done.
   */
  cause?: string;
}

/**
 * Why a notification is done, shown beside it ("notifications.done.<reason>"). A closed list, so
 * that every reason has its words in the catalogues.
 */
export const doneReasons = [
  "agreementAccepted",
  "agreementRenewed",
  "minutesCirculated",
  "minutesApproved",
  "meetingCancelled",
  "actionDone",
  "contactRequestHandled",
  "contactRequestWithdrawn",
  "referralAnswered",
  "roundAnswered",
  "roundClosed",
] as const;
export type DoneReason = (typeof doneReasons)[number];

export const isDoneReason = (value: string | null | undefined): value is DoneReason => (doneReasons as readonly string[]).includes(value ?? "");

/** A cause from its parts: notificationCause("agreement", versionId, organizationId) is "agreement:…:…". */
export const notificationCause = (kind: string, ...ids: string[]) => [kind, ...ids].join(":");

/** The notification's text in a language: LocalizedText values are localised with a Finnish fallback. */
export function notificationText(t: Translate, lang: Language, key: string, values: NotificationValues): string {
  const plain = Object.fromEntries(Object.entries(values).map(([k, v]) => [k, typeof v === "object" && v !== null ? localize(v, lang).text : v]));
  return t(key as MessageKey, plain);
}

/** The link in a language: "/work/agreement" becomes "/sv/work/agreement". Only paths inside the site. */
export function localizedLink(lang: Language, link: string | null | undefined): string | null {
  if (!link || !link.startsWith("/") || link.startsWith("//")) return null;
  return `/${lang}${link}`;
}
