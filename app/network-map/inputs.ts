import { z } from "zod";
import { editVersion } from "../kit/validation/version";
import {
  code,
  codes,
  limits,
  localizedText,
  optionalBusinessId,
  optionalEmail,
  optionalPhone,
  optionalText,
  optionalUrl,
  requiredText,
  uuid,
} from "../kit/validation/fields";
import { channels, competenceAreas, costTypes, organizationTypes, serviceLanguages, serviceStatuses, targetGroups, topics, weekdays } from "./code-lists";

/** What a user may send to create or change each kind of entry; shared by forms, CSV import and commands. */
const regionCode = z.string().regex(/^maakunta_\d{2}$/, { message: "validation.invalid" });
const municipalityCode = z.string().regex(/^kunta_\d{3}$/, { message: "validation.invalid" });

export const organizationInput = z.object({
  version: editVersion,
  name: localizedText({ required: true }),
  description: localizedText({ max: limits.longText }),
  type: code(organizationTypes),
  businessId: optionalBusinessId,
  website: optionalUrl,
  email: optionalEmail,
  phone: optionalPhone,
  parentId: uuid.optional(),
  regionCodes: z.array(regionCode).min(1, { message: "validation.required" }).max(19),
});
export type OrganizationInput = z.input<typeof organizationInput>;

const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: "validation.invalid" });

export const servicePointInput = z.object({
  version: editVersion,
  organizationId: uuid,
  name: localizedText({ required: true }),
  streetAddress: requiredText(),
  postalCode: z
    .string()
    .trim()
    .regex(/^\d{5}$/, { message: "validation.invalid" }),
  latitude: z.number({ message: "validation.number" }).min(59).max(71).optional(),
  longitude: z.number({ message: "validation.number" }).min(19).max(32).optional(),
  openingHours: z
    .array(z.object({ day: code(weekdays), opens: time, closes: time }).refine((h) => h.opens < h.closes, { message: "validation.invalid" }))
    .max(21)
    .default([]),
  accessibility: localizedText({ max: limits.longText }),
});
export type ServicePointInput = z.input<typeof servicePointInput>;

export const channelInput = z.object({
  channel: code(channels),
  contact: optionalText(limits.url),
  hours: localizedText(),
  servicePointId: uuid.optional(),
});

export const serviceInput = z.object({
  version: editVersion,
  organizationId: uuid,
  name: localizedText({ required: true }),
  description: localizedText({ max: limits.longText }),
  targetGroups: codes(targetGroups),
  topics: codes(topics),
  languages: codes(serviceLanguages).refine((v) => v.length > 0, { message: "validation.required" }),
  areaMunicipalities: z.array(municipalityCode).max(400).default([]),
  cost: code(costTypes).default("free"),
  costDescription: localizedText(),
  status: code(serviceStatuses).default("active"),
  website: optionalUrl,
  email: optionalEmail,
  channels: z.array(channelInput).max(30).default([]),
  servicePointIds: z.array(uuid).max(200).default([]),
});
export type ServiceInput = z.input<typeof serviceInput>;

const visibility = z.enum(["public", "network"], { message: "validation.invalid" });

export const practitionerInput = z.object({
  version: editVersion,
  organizationId: uuid,
  givenName: requiredText(100),
  familyName: requiredText(100),
  title: localizedText(),
  email: optionalEmail,
  phone: optionalPhone,
  competenceAreas: codes(competenceAreas),
  languages: codes(serviceLanguages),
  visibility: z.object({ email: visibility, phone: visibility, title: visibility, servicePoints: visibility }).partial().default({}),
  isContactPerson: z.boolean().default(false),
  serviceIds: z.array(uuid).max(200).default([]),
  servicePointIds: z.array(uuid).max(200).default([]),
});
export type PractitionerInput = z.input<typeof practitionerInput>;
