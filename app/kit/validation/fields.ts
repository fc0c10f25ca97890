import { z } from "zod";
import type { MessageKey, Translate } from "../i18n/catalogue";
import { InvalidInput, translateIssue, type Issue } from "./errors";
import { isValidBusinessId } from "./business-id";

/**
 * Zod building blocks whose error messages are message keys, so that the same validation answers
 * in the user's language. Limits are generous but finite: a 10 kB name is an error, not a record.
 */
export const limits = { shortText: 200, longText: 4000, url: 500, email: 320 } as const;

/**
 * A zod error message that carries one of our message keys and its values; `issuesFromZod` reads it
 * back into an Issue. Plain "validation.*" keys without values travel as they are.
 */
export const issueMessage = (key: MessageKey, values?: Record<string, string | number>): string =>
  key.startsWith("validation.") && !(values && Object.keys(values).length) ? key : JSON.stringify({ key, values: values ?? {} });

/** Text, or undefined when left empty or blank. */
export const blankToUndefined = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v ? v : undefined));

export const optionalText = (max: number = limits.shortText) =>
  z
    .string()
    .trim()
    .max(max, { message: issueMessage("validation.tooLong", { max }) })
    .optional()
    .transform((v) => (v ? v : undefined));

export const requiredText = (max: number = limits.shortText) =>
  z
    .string({ message: issueMessage("validation.required") })
    .trim()
    .min(1, { message: issueMessage("validation.required") })
    .max(max, { message: issueMessage("validation.tooLong", { max }) });

export const localizedText = (options: { required?: boolean; max?: number } = {}) => {
  const max = options.max ?? limits.shortText;
  return z
    .object({ fi: optionalText(max), sv: optionalText(max), en: optionalText(max) })
    .refine((v) => !options.required || !!v.fi, { message: issueMessage("validation.required"), path: ["fi"] });
};

export const optionalEmail = z
  .string()
  .trim()
  .max(limits.email, { message: issueMessage("validation.tooLong", { max: limits.email }) })
  .optional()
  .transform((v) => (v ? v : undefined))
  .refine((v) => v === undefined || z.email().safeParse(v).success, { message: issueMessage("validation.email") });

export const optionalUrl = z
  .string()
  .trim()
  .max(limits.url, { message: issueMessage("validation.tooLong", { max: limits.url }) })
  .optional()
  .transform((v) => (v ? v : undefined))
  .refine((v) => v === undefined || /^https?:\/\/[^\s/$.?#].[^\s]*$/i.test(v), { message: issueMessage("validation.url") });

export const optionalPhone = z
  .string()
  .trim()
  .max(40, { message: issueMessage("validation.tooLong", { max: 40 }) })
  .optional()
  .transform((v) => (v ? v : undefined))
  .refine((v) => v === undefined || /^\+?[\d\s()-]{5,}$/.test(v), { message: issueMessage("validation.invalid") });

export const optionalBusinessId = z
  .string()
  .trim()
  .max(20, { message: issueMessage("validation.businessId") })
  .optional()
  .transform((v) => (v ? v : undefined))
  .refine((v) => v === undefined || isValidBusinessId(v), { message: issueMessage("validation.businessId") });

export const uuid = z.uuid({ message: issueMessage("validation.uuid") });

/** A code from one of our code lists. */
export const code = <const T extends readonly [string, ...string[]]>(values: T) => z.enum(values, { message: issueMessage("validation.invalid") });

export const codes = <const T extends readonly [string, ...string[]]>(values: T) =>
  z
    .array(code(values))
    .max(values.length)
    .transform((v) => [...new Set(v)]);

export function issuesFromZod(error: z.ZodError): Issue[] {
  return error.issues.map((issue) => {
    const path = issue.path.join(".") || "_";
    if (issue.message.startsWith("{")) {
      try {
        const parsed = JSON.parse(issue.message) as { key: MessageKey; values: Record<string, string | number> };
        return { path, key: parsed.key, values: parsed.values };
      } catch {
        // not one of ours
      }
    }
    const key = (issue.message.startsWith("validation.") ? issue.message : "validation.invalid") as MessageKey;
    return { path, key };
  });
}

/** Parses input with a schema, throwing InvalidInput with every problem found. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw new InvalidInput(issuesFromZod(result.error));
  return result.data;
}

/** parseInput without throwing: for the rows of a file, each checked on its own. */
export function tryParseInput<S extends z.ZodType>(schema: S, input: unknown): { ok: true; input: z.output<S> } | { ok: false; error: InvalidInput } {
  const result = schema.safeParse(input);
  return result.success ? { ok: true, input: result.data } : { ok: false, error: new InvalidInput(issuesFromZod(result.error)) };
}

/** Translated errors per field path ("name.fi"), first problem per field. */
export function translateIssues(issues: Issue[], t: Translate): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of issues) errors[issue.path] ??= translateIssue(issue, t);
  return errors;
}
