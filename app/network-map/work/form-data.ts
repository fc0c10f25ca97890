import { list, localized, optional, text, type Fields } from "~/kit/forms/form-data";
import { practitionerPrivateFields } from "../code-lists";
import type { OrganizationInput, PractitionerInput, ServiceInput, ServicePointInput } from "../inputs";

/**
 * Turns the network map's workspace forms into the commands' inputs (see the kit's form-data). Field names are the input paths
 * ("name.fi", "channels.0.contact"), so that a validation issue's path names the field it belongs to.
 * Nothing is validated here: the commands do that, and the form shows their issues.
 */

/** A number typed by a person: "66,5" is 66.5; something else is passed on so that validation names it. */
function coordinate(form: Fields, name: string): number | undefined {
  const raw = text(form, name).trim();
  if (!raw) return undefined;
  const value = Number(raw.replace(",", "."));
  return (Number.isFinite(value) ? value : raw) as number;
}

/** Indices of the repeating rows sent with a prefix ("channels.3.channel" → 3), in order. */
function rowIndices(form: Fields, prefix: string): number[] {
  const found = new Set<number>();
  const pattern = new RegExp(`^${prefix}\\.(\\d{1,3})\\.`);
  for (const key of form.keys()) {
    const match = pattern.exec(key);
    if (match) found.add(Number(match[1]));
  }
  return [...found].sort((a, b) => a - b);
}

const blank = (...values: (string | undefined)[]) => values.every((v) => !v || !v.trim());

export function organizationFromForm(form: Fields): OrganizationInput {
  return {
    name: localized(form, "name"),
    description: localized(form, "description"),
    type: text(form, "type") as OrganizationInput["type"],
    businessId: optional(form, "businessId"),
    website: optional(form, "website"),
    email: optional(form, "email"),
    phone: optional(form, "phone"),
    parentId: optional(form, "parentId"),
    regionCodes: list(form, "regionCodes"),
  };
}

export function servicePointFromForm(form: Fields): ServicePointInput {
  // The empty rows a form always offers are not opening hours.
  const openingHours = rowIndices(form, "openingHours")
    .map((i) => ({
      day: text(form, `openingHours.${i}.day`),
      opens: text(form, `openingHours.${i}.opens`).trim(),
      closes: text(form, `openingHours.${i}.closes`).trim(),
    }))
    .filter((row) => !blank(row.day, row.opens, row.closes)) as ServicePointInput["openingHours"];
  return {
    organizationId: text(form, "organizationId"),
    name: localized(form, "name"),
    streetAddress: text(form, "streetAddress"),
    postalCode: text(form, "postalCode"),
    latitude: coordinate(form, "latitude"),
    longitude: coordinate(form, "longitude"),
    openingHours,
    accessibility: localized(form, "accessibility"),
  };
}

export function serviceFromForm(form: Fields): ServiceInput {
  const channels = rowIndices(form, "channels")
    .map((i) => ({
      channel: text(form, `channels.${i}.channel`),
      contact: optional(form, `channels.${i}.contact`),
      hours: localized(form, `channels.${i}.hours`),
      servicePointId: optional(form, `channels.${i}.servicePointId`),
    }))
    .filter((row) => !blank(row.channel, row.contact, row.servicePointId, ...Object.values(row.hours))) as ServiceInput["channels"];
  return {
    organizationId: text(form, "organizationId"),
    name: localized(form, "name"),
    description: localized(form, "description"),
    targetGroups: list(form, "targetGroups") as ServiceInput["targetGroups"],
    topics: list(form, "topics") as ServiceInput["topics"],
    languages: list(form, "languages") as ServiceInput["languages"],
    areaMunicipalities: list(form, "areaMunicipalities"),
    cost: text(form, "cost") as ServiceInput["cost"],
    costDescription: localized(form, "costDescription"),
    status: text(form, "status") as ServiceInput["status"],
    website: optional(form, "website"),
    email: optional(form, "email"),
    channels,
    servicePointIds: list(form, "servicePointIds"),
  };
}

/**
 * The contact person checkbox is only on the form for those who manage the organisation (an
 * unticked box sends nothing, so absent means no). On a practitioner's own card it is not shown:
 * the caller passes the stored value for when it is absent, and a forged tick reaches the command,
 * which refuses it.
 */
export function practitionerFromForm(form: Fields, options: { isContactPerson?: boolean } = {}): PractitionerInput {
  const visibility = Object.fromEntries(
    practitionerPrivateFields.map((field) => [field, text(form, `visibility.${field}`) || "public"]),
  ) as PractitionerInput["visibility"];
  return {
    organizationId: text(form, "organizationId"),
    givenName: text(form, "givenName"),
    familyName: text(form, "familyName"),
    title: localized(form, "title"),
    email: optional(form, "email"),
    phone: optional(form, "phone"),
    competenceAreas: list(form, "competenceAreas") as PractitionerInput["competenceAreas"],
    languages: list(form, "languages") as PractitionerInput["languages"],
    visibility,
    isContactPerson: form.get("isContactPerson") !== null ? true : (options.isContactPerson ?? false),
    serviceIds: list(form, "serviceIds"),
    servicePointIds: list(form, "servicePointIds"),
  };
}
