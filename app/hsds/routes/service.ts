import { hsdsAction, hsdsAnswer, notFound } from "../http.server";
import { hsdsService } from "../map";
import { parseId } from "../params";
import { serviceById, serviceRelations } from "../queries.server";
import type { Route } from "./+types/service";

export const loader = ({ request, params }: Route.LoaderArgs) =>
  hsdsAnswer(request, async (_url, ctx) => {
    const id = parseId(params.id);
    const row = (await serviceById(id)) ?? notFound(id);
    const related = await serviceRelations([row]);
    return hsdsService(row, related.get(row.id)!, ctx);
  });

export const action = hsdsAction;
