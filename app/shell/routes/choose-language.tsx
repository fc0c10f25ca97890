import { redirect } from "react-router";
import { immigrantGuidanceAddress } from "~/content-pages/public.server";
import { preferredPageLanguage } from "~/kit/i18n/page-languages";
import { languageFromHeader } from "~/kit/i18n/languages";
import type { Route } from "./+types/choose-language";

/**
 * `/`: the front page in the browser's language. A browser that prefers a language the interface is
 * not in (Russian, say) is sent to the immigrant guidance in it, when that is published (issue 13).
 */
export async function loader({ request }: Route.LoaderArgs) {
  const header = request.headers.get("accept-language");
  const preferred = preferredPageLanguage(header);
  const guidance = preferred ? await immigrantGuidanceAddress(preferred) : null;
  return redirect(guidance ?? `/${languageFromHeader(header)}`);
}
