import { requireUser } from "~/accounts/current-user.server";
import { db } from "~/foundation/db.server";
import { todayInFinland } from "~/governance/inputs";
import { languageOf } from "~/network-map/work/paths";
import { forbiddenResponse, notFoundResponse, requireId } from "~/network-map/work/respond.server";
import { loadDocumentGroup } from "../commands/documents.server";
import { contentDisposition } from "../files";
import { canReadGroupDocuments } from "../permissions";
import { getDocument, versionFile } from "../queries.server";
import type { Route } from "./+types/download";

/**
 * One version's file, for the group's members and the region's coordinators only. Always an
 * attachment with the type it was stored as, never sniffed by the browser, never cached by proxies.
 */
export async function loader({ request, params }: Route.LoaderArgs) {
  const lang = languageOf(params);
  const user = await requireUser(request, lang);
  const found = await getDocument(requireId(params.id, lang));
  if (!found) throw notFoundResponse(lang);
  const group = (await loadDocumentGroup(db(), found.document.groupId))!;
  if (!canReadGroupDocuments(user, group, todayInFinland())) throw forbiddenResponse(lang);
  const version = /^\d{1,9}$/.test(params.n) ? Number(params.n) : NaN;
  const file = Number.isFinite(version) ? await versionFile(found.document.id, version) : null;
  if (!file) throw notFoundResponse(lang);
  return new Response(new Uint8Array(file.bytes), {
    headers: {
      "Content-Type": file.contentType,
      "Content-Length": String(file.bytes.length),
      "Content-Disposition": contentDisposition(file.fileName),
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
      "Content-Security-Policy": "default-src 'none'; sandbox",
    },
  });
}
