import type { MessageKey } from "../../kit/i18n/catalogue";
import { contentLanguages, type ContentLanguage, type LocalizedText } from "../../kit/i18n/localized";
import type { OrganizationInput, PractitionerInput, ServiceInput } from "../inputs";

/**
 * The CSV columns of each kind of entry, shared by import, export and the templates, so that an
 * export can be read back in. Multilingual fields are one column per language (`name_fi`), list
 * fields are codes separated by `|`.
 */
export const exchangeKinds = ["organizations", "services", "practitioners"] as const;
export type ExchangeKind = (typeof exchangeKinds)[number];
export const isExchangeKind = (value: unknown): value is ExchangeKind => exchangeKinds.includes(value as ExchangeKind);

export const listSeparator = "|";

/** Big enough for a region's whole network map, small enough to check in one request. */
export const importLimits = { maxBytes: 20 * 1024 * 1024, maxRows: 10_000 } as const;

export interface Column {
  name: string;
  /** Label of the field in the user's language (XLSX headers, documentation). */
  label: MessageKey;
  lang?: ContentLanguage;
  /** The import refuses a file whose header lacks a required column. */
  required?: boolean;
  example: string;
}

export const localized = (base: string, label: MessageKey, examples: Partial<Record<ContentLanguage, string>>, required = false): Column[] =>
  contentLanguages.map((lang) => ({ name: `${base}_${lang}`, label, lang, required: required && lang === "fi", example: examples[lang] ?? "" }));

const idColumn: Column = { name: "id", label: "exchange.column.id", example: "" };
/** The organisation's own key of the entry (decision 0209): a file without ids updates the entries it created before. */
const externalIdColumn: Column = { name: "external_id", label: "exchange.column.externalId", example: "" };
const organizationColumn: Column = { name: "organization", label: "exchange.column.organization", required: true, example: "0245437-2" };

export const columns: Record<ExchangeKind, Column[]> = {
  organizations: [
    idColumn,
    ...localized(
      "name",
      "exchange.column.name",
      { fi: "Lapin koulutuskeskus REDU", sv: "Lapplands utbildningscenter REDU", en: "Lapland Education Centre REDU" },
      true,
    ),
    ...localized("description", "exchange.column.description", { fi: "Ammatillista koulutusta Lapissa." }),
    { name: "type", label: "exchange.column.type", required: true, example: "vocational_college" },
    { name: "business_id", label: "exchange.column.businessId", example: "0245437-2" },
    { name: "website", label: "exchange.column.website", example: "https://www.redu.fi" },
    { name: "email", label: "exchange.column.email", example: "info@example.fi" },
    { name: "phone", label: "exchange.column.phone", example: "+358 20 798 4000" },
    { name: "parent_id", label: "exchange.column.parentId", example: "" },
    { name: "region_codes", label: "exchange.column.regionCodes", required: true, example: "maakunta_19" },
  ],
  services: [
    idColumn,
    externalIdColumn,
    organizationColumn,
    ...localized("name", "exchange.column.name", { fi: "Opintoneuvonta aikuisille", sv: "Studierådgivning för vuxna" }, true),
    ...localized("description", "exchange.column.description", { fi: "Apua koulutuksen valintaan." }),
    { name: "target_groups", label: "exchange.column.targetGroups", example: "career_changers|unemployed" },
    { name: "topics", label: "exchange.column.topics", example: "choosing_education|career_planning" },
    { name: "languages", label: "exchange.column.languages", required: true, example: "fi|sv" },
    { name: "area_municipalities", label: "exchange.column.areaMunicipalities", example: "kunta_698|kunta_851" },
    { name: "cost", label: "exchange.column.cost", example: "free" },
    ...localized("cost_description", "exchange.column.costDescription", {}),
    { name: "status", label: "exchange.column.status", example: "active" },
    { name: "website", label: "exchange.column.website", example: "https://www.example.fi/neuvonta" },
    { name: "email", label: "exchange.column.email", example: "neuvonta@example.fi" },
    { name: "channels", label: "exchange.column.channels", example: "phone|chat" },
    { name: "service_point_ids", label: "exchange.column.servicePointIds", example: "" },
  ],
  practitioners: [
    idColumn,
    externalIdColumn,
    organizationColumn,
    { name: "given_name", label: "exchange.column.givenName", required: true, example: "Maija" },
    { name: "family_name", label: "exchange.column.familyName", required: true, example: "Esimerkki" },
    ...localized("title", "exchange.column.title", { fi: "Opinto-ohjaaja", sv: "Studiehandledare" }),
    { name: "email", label: "exchange.column.email", example: "maija.esimerkki@example.fi" },
    { name: "phone", label: "exchange.column.phone", example: "+358 40 123 4567" },
    { name: "competence_areas", label: "exchange.column.competenceAreas", example: "career_guidance|education_knowledge" },
    { name: "languages", label: "exchange.column.languages", example: "fi|en" },
    { name: "email_visibility", label: "exchange.column.emailVisibility", example: "public" },
    { name: "phone_visibility", label: "exchange.column.phoneVisibility", example: "network" },
    { name: "title_visibility", label: "exchange.column.titleVisibility", example: "public" },
    { name: "service_points_visibility", label: "exchange.column.servicePointsVisibility", example: "public" },
    { name: "is_contact_person", label: "exchange.column.isContactPerson", example: "false" },
    { name: "service_ids", label: "exchange.column.serviceIds", example: "" },
    { name: "service_point_ids", label: "exchange.column.servicePointIds", example: "" },
  ],
};

export const columnNames = (kind: ExchangeKind) => columns[kind].map((c) => c.name);

/** One data row of a CSV file: column name → cell text. */
export type CsvRecord = Record<string, string>;

export const cell = (record: CsvRecord, name: string) => (record[name] ?? "").trim();
export const optional = (record: CsvRecord, name: string) => cell(record, name) || undefined;
export const listCell = (record: CsvRecord, name: string) =>
  cell(record, name)
    .split(listSeparator)
    .map((v) => v.trim())
    .filter(Boolean);
export const localizedCell = (record: CsvRecord, base: string): LocalizedText =>
  Object.fromEntries(contentLanguages.map((lang) => [lang, optional(record, `${base}_${lang}`)] as const).filter(([, v]) => v !== undefined));

const trueWords = ["true", "1", "yes", "kyllä", "ja", "x"];
const falseWords = ["false", "0", "no", "ei", "nej", ""];
/** A yes/no cell; anything else is passed on as text so that validation names the field. */
export function booleanCell(record: CsvRecord, name: string): boolean | string {
  const value = cell(record, name).toLowerCase();
  if (trueWords.includes(value)) return true;
  if (falseWords.includes(value)) return false;
  return cell(record, name);
}

/** The raw command input of one CSV row; validation is the commands' job. */
export function organizationFromRecord(record: CsvRecord): OrganizationInput {
  return {
    name: localizedCell(record, "name"),
    description: localizedCell(record, "description"),
    type: cell(record, "type") as OrganizationInput["type"],
    businessId: optional(record, "business_id"),
    website: optional(record, "website"),
    email: optional(record, "email"),
    phone: optional(record, "phone"),
    parentId: optional(record, "parent_id"),
    regionCodes: listCell(record, "region_codes"),
  };
}

export function serviceFromRecord(record: CsvRecord, organizationId: string): ServiceInput {
  return {
    organizationId,
    name: localizedCell(record, "name"),
    description: localizedCell(record, "description"),
    targetGroups: listCell(record, "target_groups") as ServiceInput["targetGroups"],
    topics: listCell(record, "topics") as ServiceInput["topics"],
    languages: listCell(record, "languages") as ServiceInput["languages"],
    areaMunicipalities: listCell(record, "area_municipalities"),
    cost: (optional(record, "cost") ?? "free") as ServiceInput["cost"],
    costDescription: localizedCell(record, "cost_description"),
    status: (optional(record, "status") ?? "active") as ServiceInput["status"],
    website: optional(record, "website"),
    email: optional(record, "email"),
    channels: listCell(record, "channels").map((channel) => ({ channel: channel as never, hours: {} })),
    servicePointIds: listCell(record, "service_point_ids"),
  };
}

export function practitionerFromRecord(record: CsvRecord, organizationId: string): PractitionerInput {
  const visibility = (name: string) => optional(record, name) as "public" | "network" | undefined;
  return {
    organizationId,
    givenName: cell(record, "given_name"),
    familyName: cell(record, "family_name"),
    title: localizedCell(record, "title"),
    email: optional(record, "email"),
    phone: optional(record, "phone"),
    competenceAreas: listCell(record, "competence_areas") as PractitionerInput["competenceAreas"],
    languages: listCell(record, "languages") as PractitionerInput["languages"],
    visibility: Object.fromEntries(
      (
        [
          ["email", visibility("email_visibility")],
          ["phone", visibility("phone_visibility")],
          ["title", visibility("title_visibility")],
          ["servicePoints", visibility("service_points_visibility")],
        ] as const
      ).filter(([, v]) => v !== undefined),
    ),
    isContactPerson: booleanCell(record, "is_contact_person") as boolean,
    serviceIds: listCell(record, "service_ids"),
    servicePointIds: listCell(record, "service_point_ids"),
  };
}

const snake = (s: string) => s.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/**
 * The CSV column of an input field path from a validation issue ("name.fi" → name_fi,
 * "regionCodes.2" → region_codes, item 2), so that the report names what the user wrote.
 */
export function columnOfPath(path: string): { column: string; index?: number } {
  const parts = path.split(".");
  const [head, second] = parts;
  if (head === "organizationId") return { column: "organization" };
  if (head === "visibility" && second) return { column: `${snake(second)}_visibility` };
  if (head === "channels") return { column: "channels", index: second !== undefined ? Number(second) : undefined };
  if (second && (contentLanguages as readonly string[]).includes(second)) return { column: `${snake(head)}_${second}` };
  if (second !== undefined && /^\d+$/.test(second)) return { column: snake(head), index: Number(second) };
  return { column: snake(head) };
}

export const joinList = (values: readonly string[] | null | undefined) => (values ?? []).join(listSeparator);
export const localizedCells = (base: string, text: LocalizedText | null | undefined) =>
  Object.fromEntries(contentLanguages.map((lang) => [`${base}_${lang}`, text?.[lang] ?? ""]));

export interface OrganizationRecord {
  id: string;
  name: LocalizedText;
  description: LocalizedText;
  type: string;
  businessId: string | null;
  website: string | null;
  email: string | null;
  phone: string | null;
  parentId: string | null;
  regionCodes: string[];
}

export function organizationToRecord(o: OrganizationRecord): CsvRecord {
  return {
    id: o.id,
    ...localizedCells("name", o.name),
    ...localizedCells("description", o.description),
    type: o.type,
    business_id: o.businessId ?? "",
    website: o.website ?? "",
    email: o.email ?? "",
    phone: o.phone ?? "",
    parent_id: o.parentId ?? "",
    region_codes: joinList([...o.regionCodes].sort()),
  };
}

export interface ServiceRecord {
  id: string;
  externalId: string | null;
  organizationId: string;
  name: LocalizedText;
  description: LocalizedText;
  targetGroups: string[];
  topics: string[];
  languages: string[];
  areaMunicipalities: string[];
  cost: string;
  costDescription: LocalizedText;
  status: string;
  website: string | null;
  email: string | null;
  channels: string[];
  servicePointIds: string[];
}

export function serviceToRecord(s: ServiceRecord): CsvRecord {
  return {
    id: s.id,
    external_id: s.externalId ?? "",
    organization: s.organizationId,
    ...localizedCells("name", s.name),
    ...localizedCells("description", s.description),
    target_groups: joinList(s.targetGroups),
    topics: joinList(s.topics),
    languages: joinList(s.languages),
    area_municipalities: joinList(s.areaMunicipalities),
    cost: s.cost,
    ...localizedCells("cost_description", s.costDescription),
    status: s.status,
    website: s.website ?? "",
    email: s.email ?? "",
    channels: joinList(s.channels),
    service_point_ids: joinList(s.servicePointIds),
  };
}

export interface PractitionerRecord {
  id: string;
  externalId: string | null;
  organizationId: string;
  givenName: string;
  familyName: string;
  title: LocalizedText;
  email: string | null;
  phone: string | null;
  competenceAreas: string[];
  languages: string[];
  visibility: Record<string, string>;
  isContactPerson: boolean;
  serviceIds: string[];
  servicePointIds: string[];
}

/**
 * A practitioner row. Fields the practitioner shares with the network only are left empty unless
 * the reader is a network member.
 */
export function practitionerToRecord(p: PractitionerRecord, networkMember: boolean): CsvRecord {
  const shown = (field: string) => networkMember || (p.visibility[field] ?? "public") === "public";
  return {
    id: p.id,
    external_id: p.externalId ?? "",
    organization: p.organizationId,
    given_name: p.givenName,
    family_name: p.familyName,
    ...localizedCells("title", shown("title") ? p.title : {}),
    email: shown("email") ? (p.email ?? "") : "",
    phone: shown("phone") ? (p.phone ?? "") : "",
    competence_areas: joinList(p.competenceAreas),
    languages: joinList(p.languages),
    email_visibility: p.visibility.email ?? "",
    phone_visibility: p.visibility.phone ?? "",
    title_visibility: p.visibility.title ?? "",
    service_points_visibility: p.visibility.servicePoints ?? "",
    is_contact_person: p.isContactPerson ? "true" : "false",
    service_ids: joinList(p.serviceIds),
    service_point_ids: shown("servicePoints") ? joinList(p.servicePointIds) : "",
  };
}
