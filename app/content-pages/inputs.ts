import { z } from "zod";
import { editVersion } from "../kit/validation/version";
import { code, issueMessage, optionalText, requiredText } from "../kit/validation/fields";
import { pageLanguages } from "../kit/i18n/page-languages";

/** The public sections of seed 002's web service; "about" pages (accessibility) are outside them. */
export const sections = ["studying", "financing", "about"] as const;
export type Section = (typeof sections)[number];
export const listedSections = ["studying", "financing"] as const satisfies readonly Section[];

export const contentLimits = { title: 200, summary: 600, body: 50_000, slug: 80 } as const;

// Keys outside "validation." travel as JSON, the form issuesFromZod reads.

/** Lower-case words joined by hyphens ("adult-education-allowance"): readable and stable in links. */
export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const slug = z
  .string({ message: issueMessage("validation.required") })
  .trim()
  .min(1, { message: issueMessage("validation.required") })
  .max(contentLimits.slug, { message: issueMessage("validation.tooLong", { max: contentLimits.slug }) })
  .regex(slugPattern, { message: issueMessage("content.validation.slug") });

/** Any language a page may be written in, the interface languages and the others (decision 0212). */
export const contentLanguage = code(pageLanguages);

/** One saved text of one language version. */
export const versionInput = z.object({
  /** The latest version of the language the editor started from (0: none yet). */
  version: editVersion,
  title: requiredText(contentLimits.title),
  summary: optionalText(contentLimits.summary).transform((v) => v ?? ""),
  body: z
    .string()
    .max(contentLimits.body, { message: issueMessage("validation.tooLong", { max: contentLimits.body }) })
    .transform((v) => v.replace(/\r\n/g, "\n").trim()),
});
export type VersionInput = z.input<typeof versionInput>;

/** A new page: where it lives, and its first (Finnish or other) text as a draft. */
export const pageInput = z.object({
  slug,
  section: code(sections),
  regionCode: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? v : undefined))
    .pipe(
      z
        .string()
        .regex(/^maakunta_\d{2}$/, { message: issueMessage("validation.unknownCode") })
        .optional(),
    ),
  position: z.coerce
    .number({ message: issueMessage("validation.invalid") })
    .int({ message: issueMessage("validation.invalid") })
    .min(0, { message: issueMessage("validation.invalid") })
    .max(10_000, { message: issueMessage("validation.invalid") })
    .default(100),
  language: contentLanguage,
  text: versionInput,
});
export type PageInput = z.input<typeof pageInput>;

/** The accessibility statement is the content page of this slug, at `/:lang/accessibility`. */
export const accessibilitySlug = "accessibility";
