import { hsdsAction, hsdsAnswer, notFound } from "../http.server";
import { parseId } from "../params";
import { hsdsTaxonomy, taxonomyById } from "../taxonomies";
import type { Route } from "./+types/taxonomy";

export const loader = ({ request, params }: Route.LoaderArgs) =>
  hsdsAnswer(request, async (_url, ctx) => {
    const id = parseId(params.id);
    const key = taxonomyById(id) ?? notFound(id);
    return hsdsTaxonomy(key, ctx.t);
  });

export const action = hsdsAction;
