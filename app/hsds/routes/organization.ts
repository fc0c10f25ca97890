import { hsdsAction, hsdsAnswer, notFound } from "../http.server";
import { hsdsOrganization } from "../map";
import { parseId } from "../params";
import { organizationById, organizationDetails } from "../queries.server";
import type { Route } from "./+types/organization";

export const loader = ({ request, params }: Route.LoaderArgs) =>
  hsdsAnswer(request, async (_url, ctx) => {
    const id = parseId(params.id);
    const row = (await organizationById(id)) ?? notFound(id);
    return hsdsOrganization(row, ctx, await organizationDetails(id));
  });

export const action = hsdsAction;
