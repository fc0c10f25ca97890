import { corsHeaders, hsdsAction, preflight } from "../http.server";
import { openApiDocument } from "../openapi";
import type { Route } from "./+types/openapi";

export const loader = ({ request }: Route.LoaderArgs) =>
  request.method === "OPTIONS"
    ? preflight()
    : Response.json(openApiDocument(new URL(request.url).origin), { headers: { ...corsHeaders, "Cache-Control": "public, max-age=300" } });

export const action = hsdsAction;
