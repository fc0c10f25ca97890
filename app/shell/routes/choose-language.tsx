import { redirect } from "react-router";
import { languageFromHeader } from "~/kit/i18n/languages";
import type { Route } from "./+types/choose-language";

export function loader({ request }: Route.LoaderArgs) {
  return redirect(`/${languageFromHeader(request.headers.get("accept-language"))}`);
}
