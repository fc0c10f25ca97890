import { translator } from "../kit/i18n/catalogue";
import { defaultLanguage, type Language } from "../kit/i18n/languages";
import { HsdsError, parseLang, type ListParams } from "./params";
import type { MapContext } from "./map";

/** The API is public open data: any web page may read it. */
export const corsHeaders: Record<string, string> = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
  "Access-Control-Allow-Headers": "Accept, Accept-Language, Content-Type",
  "Access-Control-Max-Age": "86400",
};

export function hsdsJson(body: unknown, status = 200): Response {
  return Response.json(body, { status, headers: { ...corsHeaders, "Cache-Control": status === 200 ? "public, max-age=60" : "no-store" } });
}

function safeLang(url: URL): Language {
  try {
    return parseLang(url.searchParams);
  } catch {
    return defaultLanguage;
  }
}

/**
 * Runs one API read. Bad input and unknown ids are answered as JSON `{ error }` in the asked
 * language (400/404), never as an HTML error page or a 500.
 */
export async function hsdsAnswer(request: Request, produce: (url: URL, ctx: MapContext) => Promise<unknown>): Promise<Response> {
  // React Router hands OPTIONS requests to the loader.
  if (request.method === "OPTIONS") return preflight();
  const url = new URL(request.url);
  const lang = safeLang(url);
  const t = translator(lang);
  try {
    parseLang(url.searchParams);
    return hsdsJson(await produce(url, { lang, t }));
  } catch (error) {
    if (error instanceof HsdsError) return hsdsJson({ error: t(error.key, error.values) }, error.status);
    // Still JSON with CORS, so a browser client sees the failure instead of a CORS error.
    console.error("HSDS API request failed", request.url, error);
    return hsdsJson({ error: t("hsds.error.internal") }, 500);
  }
}

export const preflight = () => new Response(null, { status: 204, headers: corsHeaders });

/** Resource routes' action: the API is read-only, so every writing method is 405. */
export function hsdsAction({ request }: { request: Request }): Response {
  if (request.method === "OPTIONS") return preflight();
  const t = translator(safeLang(new URL(request.url)));
  return Response.json({ error: t("hsds.error.method") }, { status: 405, headers: { ...corsHeaders, Allow: "GET, HEAD, OPTIONS" } });
}

export function notFound(id: string): never {
  throw new HsdsError(404, "hsds.error.notFound", { id });
}

/** The HSDS paging envelope. */
export function pageOf<T>(contents: T[], total: number, params: Pick<ListParams, "page" | "perPage">) {
  const totalPages = Math.ceil(total / params.perPage);
  return {
    total_items: total,
    total_pages: totalPages,
    page_number: params.page,
    size: contents.length,
    first_page: params.page === 1,
    last_page: params.page >= totalPages,
    empty: contents.length === 0,
    contents,
  };
}
