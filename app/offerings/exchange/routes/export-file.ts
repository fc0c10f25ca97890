import { requireUser } from "~/kit/permissions/current-user.server";
import { todayInFinland } from "~/kit/dates/calendar";
import { privateDownload } from "~/kit/http/download.server";
import { translator } from "~/kit/i18n/catalogue";
import { languageOf } from "~/kit/i18n/languages";
import { exportOfferingRecords, offeringsCsv, offeringsXlsx } from "../exchange.server";
import type { Route } from "./+types/export-file";

/** `/:lang/work/offerings/export/offerings.csv`: the offerings of the organisations the user keeps. */
export async function loader({ request, params }: Route.LoaderArgs) {
  const lang = languageOf(params);
  const t = translator(lang);
  const match = /^offerings\.(csv|xlsx)$/.exec(params.file);
  if (!match) return new Response(t("offeringExchange.badFile"), { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const format = match[1] as "csv" | "xlsx";
  const user = await requireUser(request, lang);
  const records = await exportOfferingRecords(user);
  const body = format === "csv" ? offeringsCsv(records) : await offeringsXlsx(records, lang);
  const date = todayInFinland();
  return privateDownload(body, format, `elo-offerings-${date}.${format}`);
}
