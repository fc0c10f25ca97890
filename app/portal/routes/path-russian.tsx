import { PathPage, pathMeta } from "../path-page";
import { loadPathPage } from "../path-page.server";
import type { Route } from "./+types/path-russian";

/** The immigrant path's guidance in Russian, under each UI language (decision 0120). */
export const loader = ({ request, params }: Route.LoaderArgs) => loadPathPage(request, params, { russian: true });

// The page names its own language versions: the root's /fi, /sv and /en of this address would be wrong.
export const handle = { languageAlternates: false };

export const meta = ({ params, data }: Route.MetaArgs) => pathMeta(params, data, true);

export default function PathInRussian({ loaderData }: Route.ComponentProps) {
  return <PathPage data={loaderData} russian />;
}
