import { redirect } from "react-router";
import { ownPractitionerIds } from "~/accounts/roles";
import { requireUser } from "~/accounts/current-user.server";
import { languageOf, editPath } from "~/network-map/work/paths";
import { notFoundResponse } from "~/network-map/work/respond.server";
import type { Route } from "./+types/my-card";

/** A practitioner's own card, found from their `practitioner` grant. */
export async function loader({ request, params }: Route.LoaderArgs) {
  const lang = languageOf(params);
  const user = await requireUser(request, lang);
  const [own] = ownPractitionerIds(user);
  if (!own) throw notFoundResponse(lang);
  return redirect(editPath(lang, "practitioner", own));
}
