import { todayInFinland } from "../kit/dates/calendar";
import type { Translate } from "../kit/i18n/catalogue";
import type { Language } from "../kit/i18n/languages";
import { localize } from "../kit/i18n/localized";
import type { LocalizedText } from "../kit/i18n/localized";
import type { Visibility, Weekday } from "~/network-map/public";
import { weekdays } from "~/network-map/public";
import { derivedId } from "./ids";
import { hsdsAttribute, type TaxonomyKey } from "./taxonomies";

/**
 * Pure mapping from Elo's rows to HSDS 3.1 objects. Every sub-object without a row of its own
 * (phone, schedule, address, attribute…) gets an id derived from its owner, so ids are stable
 * between requests. Empty values are left out rather than sent as null: HSDS types do not allow null.
 */
export interface OpeningHours {
  day: Weekday;
  opens: string;
  closes: string;
}

export interface MapContext {
  lang: Language;
  t: Translate;
}

export interface OrganizationRow {
  id: string;
  name: LocalizedText;
  description: LocalizedText;
  type: string;
  businessId: string | null;
  website: string | null;
  email: string | null;
  phone: string | null;
  parentId: string | null;
  updatedAt: Date;
}

export interface ServiceRow {
  id: string;
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
  updatedAt: Date;
  lastVerifiedAt: Date;
}

export interface ChannelRow {
  id: string;
  serviceId: string;
  channel: string;
  contact: string | null;
  hours: LocalizedText;
  servicePointId: string | null;
}

export interface PointRow {
  id: string;
  organizationId: string;
  name: LocalizedText;
  streetAddress: string;
  postalCode: string;
  latitude: number | null;
  longitude: number | null;
  openingHours: OpeningHours[];
  accessibility: LocalizedText;
  postOfficeFi: string;
  postOfficeSv: string;
  regionFi: string;
  regionSv: string;
}

export interface PractitionerRow {
  id: string;
  organizationId: string;
  givenName: string;
  familyName: string;
  title: LocalizedText;
  email: string | null;
  phone: string | null;
  visibility: Record<string, Visibility>;
}

export interface MunicipalityRow {
  code: string;
  nameFi: string;
  nameSv: string;
}

export interface ServiceAtLocationRow {
  id: string;
  serviceId: string;
  servicePointId: string;
}

/** Drops null, undefined and empty strings, so optional HSDS fields are absent, not null. */
function clean<T extends Record<string, unknown>>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null && v !== undefined && v !== "")) as T;
}

const text = (value: LocalizedText | null | undefined, ctx: MapContext) => localize(value, ctx.lang).text;
const nameIn = (names: { fi: string; sv: string }, lang: Language) => (lang === "sv" ? names.sv || names.fi : names.fi);

// The same rules as ajv-formats' "email" and a conservative http(s) URL, so a free-text channel
// contact never produces an object that fails the HSDS schema.
const emailPattern = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i;
export const validEmail = (value: string | null | undefined): string | undefined => (value && emailPattern.test(value.trim()) ? value.trim() : undefined);
export function validUrl(value: string | null | undefined): string | undefined {
  if (!value || !/^https?:\/\/[^\s]+$/i.test(value.trim())) return undefined;
  try {
    // href percent-encodes what a URI may not contain (ä in a path, say).
    return new URL(value.trim()).href;
  } catch {
    return undefined;
  }
}

export function hsdsOrganizationIdentifiers(org: OrganizationRow) {
  if (!org.businessId) return [];
  return [
    {
      id: derivedId("organization", org.id, "identifier", "FI-PRO"),
      organization_id: org.id,
      // org-id.guide's code for the Finnish Trade Register, whose id is the Y-tunnus.
      identifier_scheme: "FI-PRO",
      identifier_type: "Y-tunnus",
      identifier: org.businessId,
    },
  ];
}

/** The one-to-one fields of an organisation (the HSDS list form). */
export function hsdsOrganizationSummary(org: OrganizationRow, ctx: MapContext) {
  return clean({
    id: org.id,
    name: text(org.name, ctx),
    description: text(org.description, ctx) || text(org.name, ctx),
    email: validEmail(org.email),
    website: validUrl(org.website),
    parent_organization_id: org.parentId,
  });
}

export function hsdsOrganization(org: OrganizationRow, ctx: MapContext, related: { locations?: PointRow[]; contacts?: PractitionerRow[] } = {}) {
  return {
    ...hsdsOrganizationSummary(org, ctx),
    organization_identifiers: hsdsOrganizationIdentifiers(org),
    phones: org.phone ? [{ id: derivedId("organization", org.id, "phone"), organization_id: org.id, number: org.phone }] : [],
    attributes: [hsdsAttribute("organization", org.id, "organization_type", org.type, ctx.t, ctx.lang)],
    ...(related.locations ? { locations: related.locations.map((p) => hsdsLocation(p, ctx)) } : {}),
    ...(related.contacts ? { contacts: related.contacts.map((p) => hsdsContact(p, { organization_id: org.id }, ctx)) } : {}),
  };
}

const weekdayOrder = new Map<string, number>(weekdays.map((d, i) => [d, i]));

/**
 * Opening hours as weekly RRULE-style schedules: one schedule per opening period, with all the
 * days that share it in byday ("MO,TU,WE"). Times are local Finnish time.
 */
export function hsdsSchedules(hours: OpeningHours[], owner: { location_id?: string; service_at_location_id?: string }, ownerKey: string, ctx: MapContext) {
  const periods = new Map<string, string[]>();
  for (const h of hours) {
    const key = `${h.opens}-${h.closes}`;
    periods.set(key, [...(periods.get(key) ?? []), h.day]);
  }
  return [...periods.entries()]
    .map(([key, days]) => {
      const [opens, closes] = key.split("-");
      const byday = [...new Set(days)].sort((a, b) => weekdayOrder.get(a)! - weekdayOrder.get(b)!);
      return { opens, closes, byday };
    })
    .sort((a, b) => weekdayOrder.get(a.byday[0])! - weekdayOrder.get(b.byday[0])! || a.opens.localeCompare(b.opens))
    .map(({ opens, closes, byday }) =>
      clean({
        id: derivedId(ownerKey, "schedule", byday.join(","), opens, closes),
        ...owner,
        freq: "WEEKLY",
        wkst: "MO",
        byday: byday.map((d) => d.toUpperCase()).join(","),
        opens_at: opens,
        closes_at: closes,
        notes: ctx.t("hsds.openingHoursNote"),
      }),
    );
}

export function hsdsLocation(point: PointRow, ctx: MapContext) {
  const accessibility = text(point.accessibility, ctx);
  return clean({
    id: point.id,
    location_type: "physical",
    organization_id: point.organizationId,
    name: text(point.name, ctx),
    latitude: point.latitude,
    longitude: point.longitude,
    addresses: [
      {
        id: derivedId("location", point.id, "address"),
        location_id: point.id,
        address_1: point.streetAddress,
        city: nameIn({ fi: point.postOfficeFi, sv: point.postOfficeSv }, ctx.lang),
        state_province: nameIn({ fi: point.regionFi, sv: point.regionSv }, ctx.lang),
        postal_code: point.postalCode,
        country: "FI",
        address_type: "physical",
      },
    ],
    schedules: hsdsSchedules(point.openingHours, { location_id: point.id }, `location/${point.id}`, ctx),
    accessibility: accessibility ? [{ id: derivedId("location", point.id, "accessibility"), location_id: point.id, description: accessibility }] : undefined,
  });
}

const isPublic = (p: PractitionerRow, field: string) => (p.visibility[field] ?? "public") === "public";

/**
 * A practitioner as an HSDS contact, with the fields the practitioner has made public only: the
 * HSDS API is open to anyone, so network-only fields are never included.
 */
export function hsdsContact(p: PractitionerRow, owner: { service_id?: string; organization_id?: string }, ctx: MapContext) {
  const phone = isPublic(p, "phone") && p.phone ? p.phone : undefined;
  return clean({
    id: derivedId("practitioner", p.id, "contact", owner.service_id ?? owner.organization_id ?? ""),
    ...owner,
    name: `${p.givenName} ${p.familyName}`,
    title: isPublic(p, "title") ? text(p.title, ctx) : undefined,
    email: isPublic(p, "email") ? validEmail(p.email) : undefined,
    phones: phone ? [{ id: derivedId("practitioner", p.id, "phone"), number: phone }] : [],
  });
}

export interface ServiceRelations {
  organization?: OrganizationRow;
  channels: ChannelRow[];
  locations: { sal: ServiceAtLocationRow; point: PointRow }[];
  practitioners: PractitionerRow[];
  municipalities: Map<string, MunicipalityRow>;
}

const linkedTaxonomies: [TaxonomyKey, keyof Pick<ServiceRow, "targetGroups" | "topics" | "languages">][] = [
  ["target_group", "targetGroups"],
  ["topic", "topics"],
  ["service_language", "languages"],
];

/** Our service status codes are HSDS's own values. */
const hsdsStatus = (status: string) => (["active", "inactive", "defunct"].includes(status) ? status : "inactive");

/** The one-to-one fields of a service (the HSDS list form, also nested in service_at_location). */
export function hsdsServiceSummary(s: ServiceRow, ctx: MapContext) {
  const costDescription = text(s.costDescription, ctx);
  const cost = ctx.t(`cost.${s.cost}` as never);
  return clean({
    id: s.id,
    organization_id: s.organizationId,
    name: text(s.name, ctx),
    description: text(s.description, ctx),
    url: validUrl(s.website),
    email: validEmail(s.email),
    status: hsdsStatus(s.status),
    fees_description: costDescription ? `${cost}. ${costDescription}` : cost,
    // The day in Finland when the entry was last confirmed.
    assured_date: todayInFinland(s.lastVerifiedAt),
    last_modified: s.updatedAt.toISOString(),
  });
}

export function hsdsService(s: ServiceRow, related: ServiceRelations, ctx: MapContext) {
  const channels = [...related.channels].sort((a, b) => a.channel.localeCompare(b.channel) || a.id.localeCompare(b.id));
  const channelLabel = (c: ChannelRow) => ctx.t(`channel.${c.channel}` as never);
  const phones = channels
    .filter((c) => c.channel === "phone" && c.contact?.trim())
    .map((c) =>
      clean({ id: derivedId("service", s.id, "phone", c.id), service_id: s.id, number: c.contact!.trim(), type: "voice", description: text(c.hours, ctx) }),
    );
  const emailContacts = channels
    .filter((c) => c.channel === "email" && validEmail(c.contact))
    .map((c) => clean({ id: derivedId("service", s.id, "contact", c.id), service_id: s.id, name: channelLabel(c), email: validEmail(c.contact) }));
  const urls = channels
    .filter((c) => ["web", "chat", "video"].includes(c.channel) && validUrl(c.contact))
    .map((c) => ({ id: derivedId("service", s.id, "url", c.id), service_id: s.id, label: channelLabel(c), url: validUrl(c.contact)! }));
  const channelCodes = [...new Set(channels.map((c) => c.channel))];

  return {
    ...hsdsServiceSummary(s, ctx),
    ...(related.organization ? { organization: hsdsOrganizationSummary(related.organization, ctx) } : {}),
    additional_urls: urls,
    phones,
    contacts: [...emailContacts, ...related.practitioners.map((p) => hsdsContact(p, { service_id: s.id }, ctx))],
    languages: s.languages.map((code) => ({
      id: derivedId("service", s.id, "language", code),
      service_id: s.id,
      name: ctx.t(`language.${code}` as never),
      code,
    })),
    service_areas: s.areaMunicipalities.map((code) => {
      const m = related.municipalities.get(code);
      return clean({
        id: derivedId("service", s.id, "service_area", code),
        service_id: s.id,
        name: m ? nameIn({ fi: m.nameFi, sv: m.nameSv }, ctx.lang) : code,
        // The national code list kunta (Statistics Finland's municipality code).
        extent: code,
        extent_type: "text",
      });
    }),
    service_at_locations: related.locations.map(({ sal, point }) => hsdsServiceAtLocation(sal, point, ctx)),
    attributes: [
      ...linkedTaxonomies.flatMap(([key, field]) => s[field].map((code) => hsdsAttribute("service", s.id, key, code, ctx.t, ctx.lang))),
      ...channelCodes.map((code) => hsdsAttribute("service", s.id, "channel", code, ctx.t, ctx.lang)),
    ],
  };
}

export function hsdsServiceAtLocation(
  sal: ServiceAtLocationRow,
  point: PointRow,
  ctx: MapContext,
  service?: { row: ServiceRow; organization?: OrganizationRow },
) {
  return {
    id: sal.id,
    service_id: sal.serviceId,
    location_id: sal.servicePointId,
    schedules: hsdsSchedules(point.openingHours, { service_at_location_id: sal.id }, `service_at_location/${sal.id}`, ctx),
    location: hsdsLocation(point, ctx),
    ...(service
      ? {
          service: {
            ...hsdsServiceSummary(service.row, ctx),
            ...(service.organization ? { organization: hsdsOrganizationSummary(service.organization, ctx) } : {}),
          },
        }
      : {}),
  };
}
