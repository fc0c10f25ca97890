import { hsdsAction, hsdsAnswer, pageOf } from "../http.server";
import { hsdsService } from "../map";
import { parseListParams } from "../params";
import { servicePage, serviceRelations } from "../queries.server";
import type { Route } from "./+types/services";

export const loader = ({ request }: Route.LoaderArgs) =>
  hsdsAnswer(request, async (url, ctx) => {
    const params = parseListParams(url.searchParams);
    const { total, rows } = await servicePage(params);
    const related = await serviceRelations(rows);
    return pageOf(
      rows.map((s) => hsdsService(s, related.get(s.id)!, ctx)),
      total,
      params,
    );
  });

export const action = hsdsAction;
