import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";
import * as english from "@zxcvbn-ts/language-en";
import * as finnish from "@zxcvbn-ts/language-fi";
import type { Issue } from "../kit/validation/errors";
import { passwordLimits } from "./inputs";

// Server only: the dictionaries are megabytes and must never reach the browser (decision 0178).
let checker: ZxcvbnFactory | undefined;
const zxcvbn = () =>
  (checker ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...english.dictionary, ...finnish.dictionary },
    graphs: common.adjacencyGraphs,
    // Off: with it one check costs a second of CPU, which would let anyone load the server.
    useLevenshteinDistance: false,
  }));

/** zxcvbn's score (0–4) a password needs: 3 is "safely unguessable" for an online attacker. */
export const minimumScore = 3;

/** zxcvbn's warnings (plain keys, no translations loaded) as our own translated reasons. */
const reasons: Record<string, Issue["key"]> = {
  straightRow: "password.weak.keyboard",
  keyPattern: "password.weak.keyboard",
  simpleRepeat: "password.weak.repeat",
  extendedRepeat: "password.weak.repeat",
  sequences: "password.weak.sequence",
  recentYears: "password.weak.dates",
  dates: "password.weak.dates",
  topTen: "password.weak.common",
  topHundred: "password.weak.common",
  common: "password.weak.common",
  similarToCommon: "password.weak.common",
  wordByItself: "password.weak.common",
  namesByThemselves: "password.weak.common",
  commonNames: "password.weak.common",
  userInputs: "password.weak.personal",
};

/**
 * Why a new password is refused, or null when it is good: at least 12 characters and hard to guess
 * (zxcvbn with Finnish and English words, the user's own name and e-mail counting as known words).
 * No composition rules: a long passphrase is enough.
 */
export function passwordIssue(password: string, personal: { name?: string; email?: string }, path = "password"): Issue | null {
  if (password.length < passwordLimits.min) return { path, key: "password.tooShort", values: { min: passwordLimits.min } };
  if (password.length > passwordLimits.max) return { path, key: "validation.tooLong", values: { max: passwordLimits.max } };
  const known = [personal.name, personal.email, ...(personal.email?.split(/[@.+_-]/) ?? []), "elo"].filter((w): w is string => !!w && w.length > 2);
  const result = zxcvbn().check(password, known);
  if (result.score >= minimumScore) return null;
  const warning = result.feedback.warning;
  return { path, key: (warning && reasons[warning]) || "password.weak.generic" };
}
