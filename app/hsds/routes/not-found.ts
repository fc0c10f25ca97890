import { hsdsAction, hsdsAnswer, notFound } from "../http.server";
import type { Route } from "./+types/not-found";

/** Unknown paths under /api/hsds answer JSON 404, like unknown ids. */
export const loader = ({ request }: Route.LoaderArgs) => hsdsAnswer(request, async (url) => notFound(url.pathname));

export const action = hsdsAction;
