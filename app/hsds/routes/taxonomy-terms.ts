import { hsdsAction, hsdsAnswer, pageOf } from "../http.server";
import { HsdsError, parseListParams } from "../params";
import { isUuid } from "../ids";
import { listTerms, pageSlice } from "../taxonomy-list";
import type { Route } from "./+types/taxonomy-terms";

export const loader = ({ request }: Route.LoaderArgs) =>
  hsdsAnswer(request, async (url, ctx) => {
    const params = parseListParams(url.searchParams);
    const parentId = url.searchParams.get("parent_id") || undefined;
    if (parentId && !isUuid(parentId)) throw new HsdsError(400, "hsds.error.uuid", { name: "parent_id" });
    const all = listTerms({ ...params, parentId }, ctx);
    return pageOf(pageSlice(all, params), all.length, params);
  });

export const action = hsdsAction;
