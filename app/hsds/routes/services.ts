import { spellingSuggestion } from "~/kit/search/spelling.server";
import { hsdsAction, hsdsAnswer, pageOf } from "../http.server";
import { hsdsService } from "../map";
import { parseListParams, type ListParams } from "../params";
import { servicePage, serviceRelations } from "../queries.server";
import type { Route } from "./+types/services";

export const loader = ({ request }: Route.LoaderArgs) =>
  hsdsAnswer(request, async (url, ctx) => {
    const params = parseListParams(url.searchParams);
    const { total, rows } = await servicePage(params);
    const related = await serviceRelations(rows);
    const page = pageOf(
      rows.map((s) => hsdsService(s, related.get(s.id)!, ctx)),
      total,
      params,
    );
    const suggestion = total === 0 ? await correctedSearch(params) : null;
    return suggestion ? { ...page, suggestion } : page;
  });

/**
 * "Did you mean" for a search that found nothing (decision 0195): the words with unknown ones
 * corrected, offered only if they find services under the same filters. An extra member of the
 * paging envelope, which HSDS clients that do not know it ignore.
 */
async function correctedSearch(params: ListParams): Promise<string | null> {
  if (!params.search) return null;
  const suggestion = await spellingSuggestion(params.search);
  if (!suggestion) return null;
  const { total } = await servicePage({ ...params, search: suggestion, page: 1, perPage: 1 });
  return total > 0 ? suggestion : null;
}

export const action = hsdsAction;
