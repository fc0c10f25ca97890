import { list, localized, optional, text, withVersion, type Fields } from "../kit/forms/form-data";
import type { MobilePointInput, VisitInput, VisitLogInput } from "./inputs";

/** The commands' inputs from the work pages' forms; the commands validate them. */
export const pointFromForm = (form: Fields): MobilePointInput =>
  withVersion(form, {
    name: localized(form, "name"),
    description: localized(form, "description"),
    kind: text(form, "kind") as MobilePointInput["kind"],
    regionCodes: list(form, "regionCodes"),
    organizationIds: list(form, "organizationIds"),
  });

export const visitFromForm = (form: Fields): VisitInput =>
  withVersion(form, {
    municipalityCode: text(form, "municipalityCode"),
    placeName: text(form, "placeName"),
    streetAddress: optional(form, "streetAddress"),
    postalCode: optional(form, "postalCode"),
    latitude: optional(form, "latitude"),
    longitude: optional(form, "longitude"),
    date: text(form, "date"),
    startTime: text(form, "startTime"),
    endTime: text(form, "endTime"),
    languages: list(form, "languages") as VisitInput["languages"],
    organizationIds: list(form, "organizationIds"),
    note: optional(form, "note"),
    changeReason: optional(form, "changeReason"),
  });

export const visitLogFromForm = (form: Fields): VisitLogInput =>
  withVersion(form, { visitors: text(form, "visitors"), topics: list(form, "topics") as VisitLogInput["topics"] });
