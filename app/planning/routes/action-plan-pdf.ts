import { planDownload } from "./action-plan-export.server";
import type { Route } from "./+types/action-plan-pdf";

export const loader = ({ request, params }: Route.LoaderArgs) => planDownload(request, params, "pdf");
