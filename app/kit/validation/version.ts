import { z } from "zod";

/**
 * The version an edit form was loaded with (its hidden `version` field). Commands that take it save
 * only if the row still has that version, so a second save from a stale form is refused (409), not
 * written over the first. Writers without a form (imports, demo data) leave it out: their update
 * still bumps the version, so forms opened before them are stale too.
 */
export const editVersion = z
  .union([z.string(), z.number()], { message: "validation.invalid" })
  .transform(String)
  // Blank or not a whole number is refused (400); 0 names "nothing saved yet" where versions are counted (content pages).
  .pipe(z.string().regex(/^\d{1,9}$/, { message: "validation.invalid" }))
  .transform(Number)
  .optional();
