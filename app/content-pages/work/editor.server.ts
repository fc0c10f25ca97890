import { requireUser } from "~/kit/permissions/current-user.server";
import type { Language } from "~/kit/i18n/languages";
import { forbiddenResponse, notFoundResponse, requireId } from "~/kit/http/respond.server";
import { canEditContentPage } from "../permissions";
import { pageForEditor } from "../queries.server";
import { editedLanguage } from "./paths";

/** The signed-in editor, the page and the edited language, or 403/404: shared by editor and history. */
export async function loadForEditor(request: Request, lang: Language, id: string | undefined) {
  const user = await requireUser(request, lang);
  const pageId = requireId(id, lang);
  const language = editedLanguage(request.url);
  const loaded = await pageForEditor(pageId, language);
  if (!loaded) throw notFoundResponse(lang);
  if (!canEditContentPage(user, loaded.page)) throw forbiddenResponse(lang);
  return { user, pageId, language, ...loaded };
}
