import { PathPage, pathMeta } from "../path-page";
import { loadPathPage } from "../path-page.server";
import type { Route } from "./+types/path";

export const loader = ({ request, params }: Route.LoaderArgs) => loadPathPage(request, params, { russian: false });

export const meta = ({ params, data }: Route.MetaArgs) => pathMeta(params, data, false);

export default function Path({ loaderData }: Route.ComponentProps) {
  return <PathPage data={loaderData} russian={false} />;
}
