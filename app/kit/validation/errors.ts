import type { MessageKey, Translate } from "../i18n/catalogue";

/**
 * What a command throws when it refuses, and what routes turn into 400, 403, 404 and 409 answers
 * (see http/respond.server.ts).
 */

/** One problem with one field, untranslated: the route that answers translates it. */
export interface Issue {
  path: string;
  key: MessageKey;
  values?: Record<string, string | number>;
}

/** One problem in words. A `field` value is the key of a field's label (see `dateField` in date-fields.ts) and is translated too. */
export function translateIssue(issue: Pick<Issue, "key" | "values">, t: Translate): string {
  const field = issue.values?.field;
  return t(issue.key, typeof field === "string" ? { ...issue.values, field: t(field as MessageKey) } : issue.values);
}

/** Thrown by commands when input is not valid; routes answer 400 with the field errors. */
export class InvalidInput extends Error {
  constructor(public readonly issues: Issue[]) {
    super(`Invalid input: ${issues.map((i) => `${i.path} ${i.key}`).join(", ")}`);
  }
}

/** Thrown by commands when the user's role does not allow the change; routes answer 403. */
export class PermissionDenied extends Error {
  constructor(what: string) {
    super(`Permission denied: ${what}`);
  }
}

/** Thrown when what a command acts on does not exist, or is not visible to the caller; routes answer 404. */
export class NotFound extends Error {
  constructor(what: string) {
    super(`Not found: ${what}`);
  }
}

/** Someone else saved first: the editor's version is no longer the stored one; routes answer 409. */
export class EditConflict extends Error {
  constructor(
    what: string,
    public readonly savedBy: string | null,
    public readonly savedAt: Date | null,
  ) {
    super(`Edit conflict: ${what}`);
  }
}

export function requirePermission(allowed: boolean, what: string): void {
  if (!allowed) throw new PermissionDenied(what);
}

export function throwIfIssues(issues: Issue[]): void {
  if (issues.length > 0) throw new InvalidInput(issues);
}
