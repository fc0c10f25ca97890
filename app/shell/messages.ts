/**
 * The message catalogue of the whole app: each feature keeps its own messages, and this module is
 * their union. Importing it installs the catalogue for the kit's translator (the server entry,
 * start-up and the test setup do) and registers the keys for the type checker.
 */
import { codeMessages } from "../network-map/code-messages";
import { networkMapMessages } from "../network-map/messages";
import { workMessages } from "../network-map/work/messages";
import { accountMessages } from "../accounts/messages";
import { auditMessages } from "../audit/messages";
import { governanceMessages } from "../governance/messages";
import { meetingMessages } from "../governance/meetings/messages";
import { kitMessages } from "../kit/messages";
import { formMessages } from "../kit/forms/messages";
import { conflictMessages } from "../kit/forms/conflict-messages";
import { dateMessages } from "../kit/dates/messages";
import { hsdsMessages } from "../hsds/messages";
import { mailMessages } from "../mail/messages";
import { jobMessages } from "../jobs/messages";
import { exchangeMessages } from "../network-map/exchange/messages";
import { offeringMessages } from "../offerings/messages";
import { feedbackMessages } from "../feedback/messages";
import { statisticsMessages } from "../statistics/messages";
import { offeringExchangeMessages } from "../offerings/exchange/messages";
import { portalMessages } from "../portal/messages";
import { documentMessages } from "../documents/messages";
import { notificationMessages } from "../notifications/messages";
import { contentMessages } from "../content-pages/messages";
import { planningMessages } from "../planning/messages";
import { synonymMessages } from "../synonyms/messages";
import { mobilePointMessages } from "../mobile-point/messages";
import { bookingMessages } from "../booking/messages";
import { contactQueueMessages, contactRequestMessages } from "../contact-requests/messages";
import { referralMessages } from "../referrals/messages";
import { eventMessages } from "../events/messages";
import { projectMessages } from "../projects/messages";
import { chatMessages, chatWorkMessages } from "../chat/messages";
import { coreMessages } from "../kit/i18n/core-messages";
import { installMessages } from "../kit/i18n/catalogue";
import { composeMessages } from "../kit/i18n/compose-messages";
import type { Language } from "../kit/i18n/languages";

const sources = [
  coreMessages,
  kitMessages,
  formMessages,
  conflictMessages,
  dateMessages,
  codeMessages,
  networkMapMessages,
  workMessages,
  accountMessages,
  exchangeMessages,
  mailMessages,
  jobMessages,
  auditMessages,
  offeringMessages,
  hsdsMessages,
  governanceMessages,
  feedbackMessages,
  statisticsMessages,
  offeringExchangeMessages,
  portalMessages,
  documentMessages,
  notificationMessages,
  contentMessages,
  planningMessages,
  meetingMessages,
  synonymMessages,
  mobilePointMessages,
  bookingMessages,
  contactRequestMessages,
  contactQueueMessages,
  referralMessages,
  eventMessages,
  projectMessages,
  chatMessages,
  chatWorkMessages,
];

/**
 * Messages that only the signed-in work pages (under /:lang/work) and the server use. The browser
 * loads them as a chunk of their own on those pages only, so public pages stay within their
 * JavaScript budget (decision 0150).
 */
const workOnlySources: readonly (typeof sources)[number][] = [
  workMessages,
  conflictMessages,
  exchangeMessages,
  mailMessages,
  jobMessages,
  auditMessages,
  offeringExchangeMessages,
  planningMessages,
  meetingMessages,
  dateMessages,
  contactQueueMessages,
  referralMessages,
  chatWorkMessages,
  // The API's messages (errors, the OpenAPI text) are only ever read on the server.
  hsdsMessages,
  statisticsMessages,
];

type Keys<T> = T extends Record<Language, Record<infer K, string>> ? K : never;

declare module "../kit/i18n/catalogue" {
  interface MessageCatalogue {
    keys: Keys<(typeof sources)[number]>;
  }
}

// Throws at start-up (and in every test) if two capabilities define the same key.
const catalogues = composeMessages(sources);
/**
 * Keys of the public capabilities that only their work pages use (the inbox, the editors, the
 * invitations, the agreement, the audit labels): they go with the work messages too.
 */
const workOnlyKeyPrefixes = [
  "feedbackInbox.",
  "satisfactionResults.",
  "workBookings.",
  "content.work.",
  "content.editor.",
  "content.history.",
  "invitations.",
  "workOfferings.",
  "agreement.",
  "audit.",
  // Accounts: the account page, and the password and name rules that only the server translates.
  "account.",
  "password.",
  "name.",
  "reset.",
  // Worded by the server into the refused form's answer; no browser needs it.
  "rateLimit.",
  "twoFactor.",
  // The project cards' texts: their public pages ship no script, only the work pages use them in the browser.
  "projects.",
];
const isWorkOnlyKey = (key: string) => workOnlyKeyPrefixes.some((prefix) => key.startsWith(prefix));
const publicCatalogues = Object.fromEntries(
  Object.entries(composeMessages(sources.filter((s) => !workOnlySources.includes(s)))).map(([lang, messages]) => [
    lang,
    Object.fromEntries(Object.entries(messages).filter(([key]) => !isWorkOnlyKey(key))),
  ]),
) as typeof catalogues;

installMessages(catalogues);

/** The capabilities' message sources, for the catalogue's tests. */
export const messageSources: readonly (typeof sources)[number][] = sources;

/**
 * One language's messages for the browser build (decision 0150): "public" for every page, "work"
 * (the rest) for the signed-in work pages only. Without a part, all of them.
 */
export function messagesOf(lang: Language, part?: "public" | "work"): Record<string, string> {
  if (!part) return catalogues[lang];
  const publicMessages = publicCatalogues[lang];
  if (part === "public") return publicMessages;
  return Object.fromEntries(Object.entries(catalogues[lang]).filter(([key]) => !(key in publicMessages)));
}
