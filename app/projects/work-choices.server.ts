import type { Language } from "../kit/i18n/languages";
import type { CurrentUser } from "../kit/permissions/roles";
import { translator } from "../kit/i18n/catalogue";
import { placeName, reference, sortPlaces } from "~/reference/public.server";
import type { ProjectScope } from "./permissions";
import { workChoices } from "./queries.server";

/** The form's choices in the user's language: regions they may use, network organisations, plan actions. */
export async function formChoices(user: CurrentUser, lang: Language, chosen?: ProjectScope) {
  const t = translator(lang);
  const ref = await reference();
  const choices = await workChoices(user, chosen);
  const regionName = (code: string) => placeName(ref.byCode.get(code), lang);
  return {
    regions: sortPlaces(
      ref.regions.filter((r) => choices.regionCodes === null || choices.regionCodes.includes(r.code)),
      lang,
    ).map((r) => ({ code: r.code, name: placeName(r, lang) })),
    organizations: choices.organizations,
    actions: choices.actions.map((a) => ({
      id: a.id,
      label: `${regionName(a.regionCode)}: ${t("projects.actionLabel", { title: a.title, year: String(a.year) })}`,
    })),
  };
}
