import { hsdsAction, hsdsAnswer, notFound } from "../http.server";
import { hsdsServiceAtLocation } from "../map";
import { parseId } from "../params";
import { organizationById, serviceAtLocationById } from "../queries.server";
import type { Route } from "./+types/service-at-location";

export const loader = ({ request, params }: Route.LoaderArgs) =>
  hsdsAnswer(request, async (_url, ctx) => {
    const id = parseId(params.id);
    const entry = (await serviceAtLocationById(id)) ?? notFound(id);
    const organization = await organizationById(entry.service.organizationId);
    return hsdsServiceAtLocation(entry.sal, entry.point, ctx, { row: entry.service, organization });
  });

export const action = hsdsAction;
