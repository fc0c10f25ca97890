import { config } from "~/kit/config.server";
import { parseInput } from "~/kit/validation/fields";
import { z } from "zod";
import { ApiRefusal, apiJson, bookingApi, slotJson } from "../api.server";
import { SlotTaken, alternativesTo, bookTime } from "../commands/book.server";
import { bookingChannels, type BookingInput } from "../inputs";
import { bookingAttempts } from "../rate-limit.server";
import { bookableWithTime, bookablesOfService, practitionerOfSlot } from "../service-slots.server";
import type { Route } from "./+types/api-bookings";

const apiRequest = z.object({
  serviceId: z.uuid({ message: "validation.uuid" }),
  start: z.string().max(40),
  channel: z.enum(bookingChannels, { message: "validation.invalid" }),
});

/**
 * `POST /api/v1/bookings` with JSON `{serviceId, start, channel, name, email, phone?, language,
 * consent: true}`: 201 `{id, manageUrl}`; a taken time 409 with free alternatives; bad input 400
 * (not JSON) or 422 (each field's error). Nothing is stored unless the booking is made.
 */
export const action = ({ request }: Route.ActionArgs) =>
  bookingApi(request, bookingAttempts, async (t, lang) => {
    if (request.method !== "POST") throw new ApiRefusal(405, { code: "METHOD", message: t("hsds.error.method") });
    let body: unknown;
    try {
      body = await request.json();
    } catch {
      throw new ApiRefusal(400, { code: "BAD_JSON", message: t("booking.api.badJson") });
    }
    if (!body || typeof body !== "object" || Array.isArray(body)) throw new ApiRefusal(400, { code: "BAD_JSON", message: t("booking.api.badJson") });
    const fields = body as Record<string, unknown>;
    const target = parseInput(apiRequest, fields);
    const bookables = await bookablesOfService(target.serviceId);
    if (bookables.length === 0) throw new ApiRefusal(404, { code: "NOT_FOUND", message: t("booking.api.notFound") });
    const start = new Date(target.start);
    const practitionerId = typeof fields.practitionerId === "string" ? fields.practitionerId : undefined;
    const bookable = Number.isNaN(start.getTime()) ? bookables[0] : await bookableWithTime(bookables, start, target.channel, practitionerId);
    const taken = async () => {
      const alternatives = await Promise.all(bookables.map(async (b) => (await alternativesTo(b, start, practitionerId)).map((slot) => ({ b, slot }))));
      const nearest = alternatives
        .flat()
        .filter(({ b }) => b.channels.includes(target.channel))
        .sort((x, y) => x.slot.start.getTime() - y.slot.start.getTime())
        .slice(0, 5);
      return new ApiRefusal(409, {
        code: "TAKEN",
        message: t("booking.api.taken"),
        alternatives: nearest.map(({ b, slot }) => slotJson(slot, target.channel, practitionerOfSlot(b, slot))),
      });
    };
    if (!bookable) throw await taken();
    const language = typeof fields.language === "string" ? fields.language : lang;
    try {
      const { id, manageToken } = await bookTime({ ...(fields as object), bookableServiceId: bookable.id, practitionerId, language } as BookingInput);
      return apiJson({ id, manageUrl: `${config.publicUrl}/${language}/book/manage/${manageToken}` }, 201);
    } catch (error) {
      if (error instanceof SlotTaken) throw await taken();
      throw error;
    }
  });

export const loader = ({ request }: Route.LoaderArgs) =>
  bookingApi(request, bookingAttempts, async (t) => {
    throw new ApiRefusal(405, { code: "METHOD", message: t("hsds.error.method") });
  });
