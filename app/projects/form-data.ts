import { list, localized, optional, text, withVersion, type Fields } from "../kit/forms/form-data";
import { indicatorKeys, indicatorParts } from "./codes";
import type { ProjectInput } from "./inputs";

/** The field name of one part of one figure ("indicators.participants.realisedTotal"), as the errors name it too. */
export const indicatorField = (key: string, part: string) => `indicators.${key}.${part}`;

/** The command's input from the work pages' form; the command validates it. */
export const projectFromForm = (form: Fields): ProjectInput =>
  withVersion(form, {
    code: text(form, "code"),
    name: localized(form, "name"),
    summary: localized(form, "summary"),
    funder: text(form, "funder"),
    programme: optional(form, "programme"),
    startsOn: text(form, "startsOn"),
    endsOn: text(form, "endsOn"),
    budget: optional(form, "budget"),
    realised: optional(form, "realised"),
    regionCodes: list(form, "regionCodes"),
    organizationIds: list(form, "organizationIds"),
    targetGroups: list(form, "targetGroups") as ProjectInput["targetGroups"],
    indicators: Object.fromEntries(
      indicatorKeys.map((key) => [key, Object.fromEntries(indicatorParts.map((part) => [part, optional(form, indicatorField(key, part))]))]),
    ),
    outputs: optional(form, "outputs"),
    planActionIds: list(form, "planActionIds"),
    homepage: optional(form, "homepage"),
  });
