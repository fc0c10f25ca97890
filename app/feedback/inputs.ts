import { safeRedirectTarget } from "../kit/http/safe-redirect";
import { z } from "zod";
import { code, issueMessage, optionalEmail, requiredText } from "../kit/validation/fields";
import { languages, type Language } from "../kit/i18n/languages";

export const feedbackKinds = ["general", "accessibility"] as const;
export type FeedbackKind = (typeof feedbackKinds)[number];
export const isFeedbackKind = (value: unknown): value is FeedbackKind => feedbackKinds.includes(value as FeedbackKind);

// The limits live in a module without zod: the feedback form at the foot of every page needs them in the browser.
export { feedbackLimits } from "./limits";
import { feedbackLimits } from "./limits";

/** Days within which accessibility feedback must be answered (Act on the Provision of Digital Services 306/2019, 17 §). */
export const accessibilityAnswerDays = 14;

/** A zod message that issuesFromZod turns into this capability's own message key. */

const pathPattern = /^\/[A-Za-z0-9\-._~%/]*$/;

/**
 * A page of the public site as stored: the path without the language prefix ("/education/…", "/"
 * for the front page), or null when the value does not name one. A full address is accepted (its
 * path is used); the query and fragment are dropped; signed-in pages are not public pages.
 */
export function pagePathOf(raw: string): string | null {
  let value = raw.trim();
  if (/^https?:\/\//i.test(value)) {
    try {
      value = new URL(value).pathname;
    } catch {
      return null;
    }
  }
  value = value.replace(/[?#].*$/, "");
  const match = /^\/(fi|sv|en)(\/.*)?$/.exec(value);
  if (!match) return null;
  const rest = (match[2] ?? "/").replace(/\/+$/, "") || "/";
  if (rest.length > feedbackLimits.path || !pathPattern.test(rest) || rest.includes("//")) return null;
  if (rest === "/work" || rest.startsWith("/work/")) return null;
  return rest;
}

/** The address a vote returns to: a path of this site in the language of the page, with its query. */
export function returnPathOf(raw: string, lang: Language): string | null {
  if (raw.length > feedbackLimits.returnTo || /[\\\s]/.test(raw)) return null;
  const [path, query] = raw.split(/\?(.*)/s, 2);
  if (path !== `/${lang}` && !path.startsWith(`/${lang}/`)) return null;
  if (pagePathOf(path) === null) return null;
  const params = new URLSearchParams(query ?? "");
  params.delete("feedback");
  const rest = params.toString();
  return safeRedirectTarget(rest ? `${path}?${rest}` : path, null);
}

const optionalPage = z
  .string()
  .optional()
  .transform((v) => (v?.trim() ? v.trim() : undefined))
  .refine((v) => v === undefined || pagePathOf(v) !== null, { message: issueMessage("feedback.badPage") })
  .transform((v) => (v === undefined ? undefined : (pagePathOf(v) as string)));

/** What a visitor sends with the feedback form. */
export const feedbackInput = z.object({
  kind: code(feedbackKinds),
  language: z.enum(languages, { message: "validation.invalid" }),
  message: requiredText(feedbackLimits.message),
  page: optionalPage,
  email: optionalEmail,
});
export type FeedbackInput = z.input<typeof feedbackInput>;

export const voteInput = z.object({
  language: z.enum(languages, { message: "validation.invalid" }),
  page: z
    .string()
    .refine((v) => pagePathOf(v) !== null, { message: issueMessage("feedback.badPage") })
    .transform((v) => pagePathOf(v) as string),
  helpful: z.enum(["yes", "no"], { message: issueMessage("feedback.badVote") }),
});
export type VoteInput = z.input<typeof voteInput>;

export const answerInput = z.object({ reply: requiredText(feedbackLimits.reply) });

export const answerStates = ["open", "answered"] as const;

/** The inbox's filters from its query string; an empty value means "any". */
export const inboxFilters = z.object({
  page: z
    .string()
    .optional()
    .transform((v) => v || undefined)
    .refine((v) => v === undefined || (v.length <= feedbackLimits.path && pathPattern.test(v)), { message: issueMessage("feedback.badPage") }),
  language: z
    .enum(["", ...languages], { message: issueMessage("feedback.badFilter") })
    .optional()
    .transform((v) => v || undefined),
  kind: z
    .enum(["", ...feedbackKinds], { message: issueMessage("feedback.badFilter") })
    .optional()
    .transform((v) => v || undefined),
  status: z
    .enum(["", ...answerStates], { message: issueMessage("feedback.badFilter") })
    .optional()
    .transform((v) => v || undefined),
});
export type InboxFilters = Partial<z.output<typeof inboxFilters>>;
