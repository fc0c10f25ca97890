import { data } from "react-router";
import { translator } from "~/kit/i18n/catalogue";
import { languageOf } from "~/kit/i18n/languages";
import { privateDownload } from "~/kit/http/download.server";
import { placeName, reference } from "~/reference/public.server";
import { registerCsv, registerTable, registerXlsx } from "../export.server";
import { projectRegister } from "../queries.server";
import type { Route } from "./+types/export";

/** `/:lang/projects.csv` and `.xlsx` (`?region=`): the public register for reporting. */
export async function loader({ request, params }: Route.LoaderArgs) {
  const lang = languageOf(params);
  const t = translator(lang);
  const url = new URL(request.url);
  const format = url.pathname.endsWith(".xlsx") ? "xlsx" : "csv";
  const ref = await reference();
  const regionCode = url.searchParams.get("region") || undefined;
  if (regionCode && !ref.regions.some((r) => r.code === regionCode)) throw data(t("search.badParameter", { name: "region" }), { status: 400 });
  const table = registerTable(await projectRegister(regionCode), t, lang, (code) => placeName(ref.byCode.get(code), lang));
  const fileName = `elo-projects${regionCode ? `-${regionCode}` : ""}.${format}`;
  if (format === "csv") return privateDownload(registerCsv(table), "csv", fileName);
  return privateDownload(await registerXlsx(table, t("projects.title"), t("site.name")), "xlsx", fileName);
}
