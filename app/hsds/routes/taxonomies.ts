import { hsdsAction, hsdsAnswer, pageOf } from "../http.server";
import { parseListParams } from "../params";
import { listTaxonomies, pageSlice } from "../taxonomy-list";
import type { Route } from "./+types/taxonomies";

export const loader = ({ request }: Route.LoaderArgs) =>
  hsdsAnswer(request, async (url, ctx) => {
    const params = parseListParams(url.searchParams);
    const all = listTaxonomies(params, ctx);
    return pageOf(pageSlice(all, params), all.length, params);
  });

export const action = hsdsAction;
