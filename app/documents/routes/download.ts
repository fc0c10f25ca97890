import { requireUser } from "~/kit/permissions/current-user.server";
import { todayInFinland } from "~/kit/dates/calendar";
import { languageOf } from "~/kit/i18n/languages";
import { notFoundResponse } from "~/kit/http/respond.server";
import { contentDisposition } from "../files";
import { versionFile } from "../queries.server";
import { readableDocument } from "../readable.server";
import type { Route } from "./+types/download";

/**
 * One version's file, for the group's members and the region's coordinators only. Always an
 * attachment with the type it was stored as, never sniffed by the browser, never cached by proxies.
 */
export async function loader({ request, params }: Route.LoaderArgs) {
  const lang = languageOf(params);
  const user = await requireUser(request, lang);
  const found = await readableDocument(user, params.id, lang, todayInFinland());
  const version = /^\d{1,9}$/.test(params.n) ? Number(params.n) : NaN;
  const file = Number.isFinite(version) ? await versionFile(found.document.id, version) : null;
  if (!file) throw notFoundResponse(lang);
  return new Response(new Uint8Array(file.bytes), {
    headers: {
      "Content-Type": file.contentType,
      "Content-Length": String(file.bytes.length),
      "Content-Disposition": contentDisposition(file.fileName),
      "Cache-Control": "private, no-store",
      // Besides the site's policy (decision 0179): a file opened in the browser runs nothing. Its
      // nosniff comes with every answer of the server.
      "Content-Security-Policy": "default-src 'none'; sandbox",
    },
  });
}
