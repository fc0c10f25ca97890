import { requireUser } from "~/kit/permissions/current-user.server";
import { verifyEntry, verifiableKinds, type VerifiableKind } from "~/network-map/commands/verify-entry.server";
import { languageOf } from "~/kit/i18n/languages";
import { editPath } from "~/network-map/work/paths";
import { commandFailure, notFoundResponse, redirectWithNotice, requireId } from "~/kit/http/respond.server";
import type { Route } from "./+types/verify";

const isVerifiable = (value: string): value is VerifiableKind => (verifiableKinds as readonly string[]).includes(value);

/** "Still correct" on an edit page: records the check and goes back to the page. */
export async function action({ request, params }: Route.ActionArgs) {
  const lang = languageOf(params);
  const user = await requireUser(request, lang);
  if (!isVerifiable(params.kind)) throw notFoundResponse(lang);
  const id = requireId(params.id, lang);
  try {
    await verifyEntry(user, params.kind, id);
  } catch (error) {
    return commandFailure(error, lang, null);
  }
  return redirectWithNotice(editPath(lang, params.kind, id), "verified");
}

export function loader({ params }: Route.LoaderArgs) {
  throw notFoundResponse(languageOf(params));
}
