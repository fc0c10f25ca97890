import { data, redirect } from "react-router";
import { translator } from "../i18n/catalogue";
import type { Language } from "../i18n/languages";
import { EditConflict, InvalidInput, NotFound, PermissionDenied } from "../validation/errors";
import { flatValues, type EditConflictData } from "../forms/conflict-values";
import { translateIssues } from "../validation/fields";
import { isUuid } from "../validation/uuid";

/** An id from the URL; anything that is not a uuid cannot name an entry (and must not reach SQL as one). */
export function requireId(value: string | null | undefined, lang: Language): string {
  if (!isUuid(value)) throw data(translator(lang)("error.notFound"), { status: 404 });
  return value;
}

export const forbiddenResponse = (lang: Language) => data(translator(lang)("error.forbidden"), { status: 403 });
export const notFoundResponse = (lang: Language) => data(translator(lang)("error.notFound"), { status: 404 });

/**
 * What a form action answers when a command refuses: the field errors in the user's language with
 * the values they sent (400), or an error page for 403 and 404. Anything else is a real fault.
 */
export function commandFailure<V>(error: unknown, lang: Language, values: V) {
  if (error instanceof InvalidInput) return data({ errors: translateIssues(error.issues, translator(lang)), values }, { status: 400 });
  if (error instanceof PermissionDenied) throw forbiddenResponse(lang);
  if (error instanceof NotFound) throw notFoundResponse(lang);
  throw error;
}

export type Notice = "saved" | "created" | "deleted" | "verified";

/** Post-redirect-get: the page the user comes back to shows the notice from the query string. */
export const redirectWithNotice = (path: string, notice: Notice) => redirect(`${path}${path.includes("?") ? "&" : "?"}notice=${notice}`, { status: 303 });

/** What is stored now, for the conflict answer: its version and its values in the form's shape. */
export interface StoredVersion {
  version: number;
  values: unknown;
}

/**
 * Like commandFailure, and an edit conflict (someone else saved since the form was loaded) is
 * answered 409 with the stored version beside the values sent (see kit/forms/conflict.tsx).
 */
export async function editFailure<V>(error: unknown, lang: Language, values: V, stored: () => Promise<StoredVersion | null>) {
  if (!(error instanceof EditConflict)) return commandFailure(error, lang, values);
  const now = await stored();
  if (!now) throw notFoundResponse(lang);
  const conflict: EditConflictData = { by: error.savedBy, at: error.savedAt?.toISOString() ?? null, version: now.version, saved: flatValues(now.values) };
  return data({ conflict, values }, { status: 409 });
}
