import { getCurrentUser } from "~/kit/permissions/current-user.server";
import { todayInFinland } from "~/kit/dates/calendar";
import { privateDownload } from "~/kit/http/download.server";
import { translator } from "~/kit/i18n/catalogue";
import { languageOf } from "~/kit/i18n/languages";
import { isExchangeKind } from "../columns";
import { exportCsv, exportRecords, exportScope, exportXlsx, regionExists } from "../export.server";
import type { Route } from "./+types/export-file";

/** `/:lang/work/export/services.csv?region=maakunta_19`: a download, for anyone (see export.server.ts for what it contains). */
export async function loader({ request, params }: Route.LoaderArgs) {
  const lang = languageOf(params);
  const t = translator(lang);
  const problem = (status: number, message: string) => new Response(message, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const match = /^([a-z]+)\.(csv|xlsx)$/.exec(params.file);
  if (!match || !isExchangeKind(match[1])) return problem(404, t("export.badFile"));
  const kind = match[1];
  const format = match[2] as "csv" | "xlsx";
  const regionCode = new URL(request.url).searchParams.get("region") || null;
  if (regionCode && !(await regionExists(regionCode))) return problem(400, t("export.badRegion"));
  const user = await getCurrentUser(request);
  const scope = exportScope(user, regionCode);
  if (!scope) return problem(400, t("export.chooseRegion"));
  const records = await exportRecords(user, kind, scope);
  const body = format === "csv" ? exportCsv(kind, records) : await exportXlsx(kind, records, lang);
  const date = todayInFinland();
  const fileName = `elo-${kind}${regionCode ? `-${regionCode}` : ""}-${date}.${format}`;
  return privateDownload(body, format, fileName);
}
