import { privateDownload } from "~/kit/http/download.server";
import { translator } from "~/kit/i18n/catalogue";
import { notFoundResponse } from "~/kit/http/respond.server";
import { planFileName, planPdf, planXlsx } from "../export.server";
import { planningPage } from "../page.server";
import { loadPlan } from "../queries.server";

/** The action plan as a download, for those who may read it. */
export async function planDownload(request: Request, params: { lang?: string; region?: string; year?: string }, format: "pdf" | "xlsx") {
  const page = await planningPage(request, params);
  const plan = await loadPlan(page.regionCode, page.year);
  if (!plan) throw notFoundResponse(page.lang);
  const meta = { regionName: page.regionName, lang: page.lang };
  const body = format === "pdf" ? await planPdf(plan, meta) : await planXlsx(plan, meta);
  return privateDownload(body, format, planFileName(translator(page.lang), page.regionCode, page.year, format));
}
