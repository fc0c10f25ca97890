import { hsdsAction, hsdsAnswer, pageOf } from "../http.server";
import { hsdsServiceAtLocation } from "../map";
import { parseListParams } from "../params";
import { organizationsByIds, serviceAtLocationPage } from "../queries.server";
import type { Route } from "./+types/service-at-locations";

export const loader = ({ request }: Route.LoaderArgs) =>
  hsdsAnswer(request, async (url, ctx) => {
    const params = parseListParams(url.searchParams);
    const { total, rows } = await serviceAtLocationPage(params);
    const organizations = await organizationsByIds(rows.map((r) => r.service.organizationId));
    const contents = rows.map((r) => hsdsServiceAtLocation(r.sal, r.point, ctx, { row: r.service, organization: organizations.get(r.service.organizationId) }));
    return pageOf(contents, total, params);
  });

export const action = hsdsAction;
