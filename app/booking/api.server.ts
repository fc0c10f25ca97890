import { translator, type Translate } from "../kit/i18n/catalogue";
import { languageFromHeader, type Language } from "../kit/i18n/languages";
import { clientAddress } from "../kit/http/client-address.server";
import { rateLimitedJson } from "../kit/rate-limit/answer.server";
import type { RateLimit } from "../kit/rate-limit/rate-limit.server";
import { InvalidInput, NotFound } from "../kit/validation/errors";
import { translateIssues } from "../kit/validation/fields";
import { SlotTaken } from "./commands/book.server";
import { isoInFinland } from "./slots";
import type { OfferedSlot } from "./queries.server";

/**
 * The booking API's answers (thin routes call `bookingApi`): JSON always, in the language of
 * `?lang=` or Accept-Language; bad input 400/422 with each field's error, a taken time 409 with
 * free alternatives, a refused rate 429. Reads may come from any web page (CORS).
 */
const cors = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Methods": "GET, POST, OPTIONS",
  "Access-Control-Allow-Headers": "Accept, Accept-Language, Content-Type",
};

export const apiJson = (body: unknown, status = 200) => Response.json(body, { status, headers: { ...cors, "Cache-Control": "no-store" } });

export class ApiRefusal extends Error {
  constructor(
    public readonly status: number,
    public readonly body: Record<string, unknown>,
  ) {
    super(`API refusal ${status}`);
  }
}

export const slotJson = (s: OfferedSlot, channel: string, practitionerId: string | null) => ({
  start: isoInFinland(s.start),
  end: isoInFinland(s.end),
  channel,
  practitionerId,
});

function languageOfRequest(request: Request): Language {
  const asked = new URL(request.url).searchParams.get("lang");
  return asked === "fi" || asked === "sv" || asked === "en" ? asked : languageFromHeader(request.headers.get("accept-language"));
}

export async function bookingApi(request: Request, limit: RateLimit, produce: (t: Translate, lang: Language) => Promise<Response>): Promise<Response> {
  if (request.method === "OPTIONS") return new Response(null, { status: 204, headers: cors });
  const lang = languageOfRequest(request);
  const t = translator(lang);
  const verdict = await limit.consume({ address: clientAddress(request) });
  if (!verdict.allowed) return rateLimitedJson(verdict, t);
  try {
    return await produce(t, lang);
  } catch (error) {
    if (error instanceof ApiRefusal) return apiJson(error.body, error.status);
    if (error instanceof InvalidInput) return apiJson({ code: "INVALID", message: t("booking.api.invalid"), errors: translateIssues(error.issues, t) }, 422);
    if (error instanceof SlotTaken)
      return apiJson(
        { code: "TAKEN", message: t("booking.api.taken"), alternatives: error.alternatives.map((a) => slotJson(a, "", a.practitionerIds[0] ?? null)) },
        409,
      );
    if (error instanceof NotFound) return apiJson({ code: "NOT_FOUND", message: t("booking.api.notFound") }, 404);
    console.error("Booking API request failed", request.url, error);
    return apiJson({ code: "INTERNAL", message: t("hsds.error.internal") }, 500);
  }
}
