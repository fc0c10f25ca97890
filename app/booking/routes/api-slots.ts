import { parseInput } from "~/kit/validation/fields";
import { ApiRefusal, apiJson, bookingApi, slotJson } from "../api.server";
import { slotPeriodInput } from "../inputs";
import { slotReads } from "../rate-limit.server";
import { bookablesOfService, practitionerOfSlot, serviceSlots } from "../service-slots.server";
import type { Route } from "./+types/api-slots";

/** `GET /api/v1/services/:serviceId/slots?from=YYYY-MM-DD&to=YYYY-MM-DD`: the service's free times. */
export const loader = ({ request, params }: Route.LoaderArgs) =>
  bookingApi(request, slotReads, async (t) => {
    const url = new URL(request.url);
    const period = parseInput(slotPeriodInput, { from: url.searchParams.get("from") ?? "", to: url.searchParams.get("to") ?? "" });
    const bookables = /^[0-9a-f-]{36}$/i.test(params.serviceId) ? await bookablesOfService(params.serviceId) : [];
    if (bookables.length === 0) throw new ApiRefusal(404, { code: "NOT_FOUND", message: t("booking.api.notFound") });
    const slots = await serviceSlots(bookables, period);
    return apiJson({
      slots: slots
        .sort((a, b) => a.slot.start.getTime() - b.slot.start.getTime())
        .map(({ bookable, slot, channel }) => slotJson(slot, channel, practitionerOfSlot(bookable, slot))),
    });
  });
