import { hsdsAction, hsdsAnswer, pageOf } from "../http.server";
import { hsdsOrganization } from "../map";
import { parseListParams } from "../params";
import { organizationPage } from "../queries.server";
import type { Route } from "./+types/organizations";

export const loader = ({ request }: Route.LoaderArgs) =>
  hsdsAnswer(request, async (url, ctx) => {
    const params = parseListParams(url.searchParams);
    const { total, rows } = await organizationPage(params);
    return pageOf(
      rows.map((o) => hsdsOrganization(o, ctx)),
      total,
      params,
    );
  });

export const action = hsdsAction;
