import type { CurrentUser } from "../kit/permissions/roles";
import { db } from "../kit/db/db.server";
import type { Language } from "../kit/i18n/languages";
import { forbiddenResponse, notFoundResponse, requireId } from "../kit/http/respond.server";
import { loadDocumentGroup } from "./commands/documents.server";
import { canReadGroupDocuments } from "./permissions";
import { getDocument } from "./queries.server";

/** The document named in the address with its versions and group, for a user who may read the group's documents: else 404 or 403. */
export async function readableDocument(user: CurrentUser, id: string | undefined, lang: Language, today: string) {
  const found = await getDocument(requireId(id, lang));
  if (!found) throw notFoundResponse(lang);
  const group = (await loadDocumentGroup(db(), found.document.groupId))!;
  if (!canReadGroupDocuments(user, group, today)) throw forbiddenResponse(lang);
  return { ...found, group };
}
