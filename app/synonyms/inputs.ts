import { z } from "zod";
import { normalizePhrase } from "../kit/search/query-terms";
import { languages } from "../kit/i18n/languages";
import { code, issueMessage } from "../kit/validation/fields";
import { editVersion } from "../kit/validation/version";

export const maxMembers = 30;
export const maxMemberLength = 60;

/**
 * The members of a group as typed: one per line or separated by commas. Each is kept as query
 * words read it ("TE-toimisto" → "te toimisto"); repeats go.
 */
export const synonymWords = z
  .union([z.string(), z.array(z.string())], { message: issueMessage("validation.invalid") })
  .transform((value) => [...new Set((Array.isArray(value) ? value : value.split(/[\n,]/)).map(normalizePhrase).filter((w) => w.length > 0))])
  .refine((words) => words.length >= 2, { message: issueMessage("synonyms.tooFew") })
  .refine((words) => words.length <= maxMembers, { message: issueMessage("synonyms.tooMany", { max: maxMembers }) })
  .refine((words) => words.every((w) => w.length <= maxMemberLength && w.split(" ").length <= 3), {
    message: issueMessage("synonyms.memberTooLong", { max: maxMemberLength }),
  });

export const synonymGroupInput = z.object({
  version: editVersion,
  language: code(languages),
  words: synonymWords,
  note: z
    .string()
    .trim()
    .max(500, { message: issueMessage("validation.tooLong", { max: 500 }) })
    .default(""),
});
export type SynonymGroupInput = z.input<typeof synonymGroupInput>;
