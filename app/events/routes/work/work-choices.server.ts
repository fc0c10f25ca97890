import type { Language } from "~/kit/i18n/languages";
import type { CurrentUser } from "~/kit/permissions/roles";
import { placeName, reference, sortPlaces } from "~/reference/public.server";
import { workChoices } from "../../queries.server";

/** The event form's choices in the page's language. */
export async function formChoices(user: CurrentUser, lang: Language) {
  const ref = await reference();
  const choices = await workChoices(user);
  return {
    regions: sortPlaces(
      ref.regions.filter((r) => choices.regionCodes === null || choices.regionCodes.includes(r.code)),
      lang,
    ).map((r) => ({ code: r.code, name: placeName(r, lang) })),
    organizations: choices.organizations,
    servicePoints: choices.servicePoints.map((p) => ({ id: p.id, name: p.name })),
  };
}
