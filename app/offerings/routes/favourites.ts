import { data, redirect } from "react-router";
import { translator } from "~/kit/i18n/catalogue";
import { languageOf } from "~/kit/i18n/languages";
import { favouritesCookie, isOfferingId, maxFavourites, readFavourites, safeReturnPath, toggleFavourite } from "../favourites";
import { offeringById } from "../queries.server";
import type { Route } from "./+types/favourites";

/** Adds or removes an offering of the comparison (a cookie), then returns to the page it came from. */
export async function action({ request, params }: Route.ActionArgs) {
  const lang = languageOf(params);
  const t = translator(lang);
  const form = await request.formData();
  const offeringId = form.get("offering");
  const intent = form.get("intent");
  if (!isOfferingId(offeringId) || (intent !== "add" && intent !== "remove")) throw data(t("error.badRequest"), { status: 400 });
  if (intent === "add" && !(await offeringById(offeringId))) throw data(null, { status: 404 });
  const change = toggleFavourite(readFavourites(request.headers.get("Cookie")), offeringId, intent);
  if (!change.ok) throw data(t("favourites.full", { max: maxFavourites }), { status: 409 });
  const secure = new URL(request.url).protocol === "https:";
  return redirect(safeReturnPath(form.get("returnTo"), lang), { headers: { "Set-Cookie": favouritesCookie(change.ids, secure) } });
}

export function loader() {
  throw data(null, { status: 405 });
}
