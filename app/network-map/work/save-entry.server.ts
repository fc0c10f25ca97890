import { commandFailure, editFailure, redirectWithNotice, type Notice, type StoredVersion } from "~/kit/http/respond.server";
import type { Language } from "~/kit/i18n/languages";
import { editPath, type EntryKind } from "./paths";

/**
 * Runs a form's create or update command, then goes back to the entry's page with the notice; a
 * refusal is answered by commandFailure, and an update's edit conflict 409 with what `stored`
 * loads now. `run` returns the id of the entry it saved.
 */
export async function saveEntry<V>(
  lang: Language,
  kind: EntryKind,
  values: V,
  notice: Notice,
  run: () => Promise<string>,
  stored?: () => Promise<StoredVersion | null>,
) {
  let id: string;
  try {
    id = await run();
  } catch (error) {
    return stored ? editFailure(error, lang, values, stored) : commandFailure(error, lang, values);
  }
  return redirectWithNotice(editPath(lang, kind, id), notice);
}
