import { hsdsAction, hsdsAnswer, notFound } from "../http.server";
import { parseId } from "../params";
import { hsdsTerm, termById } from "../taxonomies";
import type { Route } from "./+types/taxonomy-term";

export const loader = ({ request, params }: Route.LoaderArgs) =>
  hsdsAnswer(request, async (_url, ctx) => {
    const id = parseId(params.id);
    const term = termById(id) ?? notFound(id);
    return hsdsTerm(term.taxonomy, term.code, ctx.t, ctx.lang);
  });

export const action = hsdsAction;
