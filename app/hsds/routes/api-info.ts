import { hsdsAction, hsdsAnswer } from "../http.server";
import type { Route } from "./+types/api-info";

export const loader = ({ request }: Route.LoaderArgs) =>
  hsdsAnswer(request, async (url) => {
    const base = `${url.origin}/api/hsds`;
    return {
      version: "3.1",
      openapi_url: `${url.origin}/api/openapi.json`,
      links: {
        services: `${base}/services`,
        organizations: `${base}/organizations`,
        service_at_locations: `${base}/service_at_locations`,
        taxonomies: `${base}/taxonomies`,
        taxonomy_terms: `${base}/taxonomy_terms`,
      },
    };
  });

export const action = hsdsAction;
