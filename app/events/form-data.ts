import { localized, optional, text, withVersion, type Fields } from "../kit/forms/form-data";
import type { EventInput, SessionInput } from "./inputs";

/** The commands' inputs from the work pages' forms; the commands validate them. */
export const eventFromForm = (form: Fields): EventInput =>
  withVersion(form, {
    kind: text(form, "kind") as EventInput["kind"],
    audience: text(form, "audience") as EventInput["audience"],
    visibility: text(form, "visibility") as EventInput["visibility"],
    regionCode: text(form, "regionCode"),
    organizerId: text(form, "organizerId"),
    title: localized(form, "title"),
    description: localized(form, "description"),
    servicePointId: optional(form, "servicePointId"),
    address: optional(form, "address"),
    remoteUrl: optional(form, "remoteUrl"),
    date: text(form, "date"),
    startTime: text(form, "startTime"),
    endDate: optional(form, "endDate"),
    endTime: text(form, "endTime"),
    capacity: text(form, "capacity"),
    registrationOpens: optional(form, "registrationOpens"),
    registrationCloses: optional(form, "registrationCloses"),
  });

export const sessionFromForm = (form: Fields): SessionInput => ({
  title: localized(form, "title"),
  speaker: optional(form, "speaker"),
  date: text(form, "date"),
  startTime: text(form, "startTime"),
  endTime: text(form, "endTime"),
});
