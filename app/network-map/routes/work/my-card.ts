import { redirect } from "react-router";
import { ownPractitionerIds } from "~/kit/permissions/roles";
import { requireUser } from "~/kit/permissions/current-user.server";
import { languageOf } from "~/kit/i18n/languages";
import { editPath } from "~/network-map/work/paths";
import { notFoundResponse } from "~/kit/http/respond.server";
import type { Route } from "./+types/my-card";

/** A practitioner's own card, found from their `practitioner` grant. */
export async function loader({ request, params }: Route.LoaderArgs) {
  const lang = languageOf(params);
  const user = await requireUser(request, lang);
  const [own] = ownPractitionerIds(user);
  if (!own) throw notFoundResponse(lang);
  return redirect(editPath(lang, "practitioner", own));
}
