import { requireUser } from "../kit/permissions/current-user.server";
import type { CurrentUser } from "../kit/permissions/roles";
import { db } from "../kit/db/db.server";
import { languageOf, type Language } from "../kit/i18n/languages";
import { forbiddenResponse, notFoundResponse } from "../kit/http/respond.server";
import { placeName, reference } from "~/reference/public.server";
import { regionScope } from "./commands/shared.server";
import { canEditPlans, canReadPlans, type RegionScope } from "./permissions";

export interface PlanningPage {
  lang: Language;
  user: CurrentUser;
  regionCode: string;
  regionName: string;
  year: number;
  scope: RegionScope;
  canEdit: boolean;
}

/** The region and year of a planning page's URL, and who asks: 404 for an unknown region or year, 403 for those who may not read. */
export async function planningPage(request: Request, params: { lang?: string; region?: string; year?: string }): Promise<PlanningPage> {
  const lang = languageOf(params);
  const user = await requireUser(request, lang);
  const ref = await reference();
  const regionCode = params.region ?? "";
  const region = ref.byCode.get(regionCode);
  if (!region || !ref.regions.some((r) => r.code === regionCode)) throw notFoundResponse(lang);
  if (!/^\d{4}$/.test(params.year ?? "")) throw notFoundResponse(lang);
  const year = Number(params.year);
  if (year < 2000 || year > 2100) throw notFoundResponse(lang);
  const scope = await regionScope(db(), regionCode);
  if (!canReadPlans(user, scope)) throw forbiddenResponse(lang);
  return { lang, user, regionCode, regionName: placeName(region, lang), year, scope, canEdit: canEditPlans(user, regionCode) };
}
