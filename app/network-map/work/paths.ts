import { type Language } from "../../kit/i18n/languages";

export type EntryKind = "organization" | "service_point" | "service" | "practitioner";

const segments: Record<EntryKind, string> = {
  organization: "organizations",
  service_point: "service-points",
  service: "services",
  practitioner: "practitioners",
};

export const isEntryKind = (value: unknown): value is EntryKind => typeof value === "string" && value in segments;

/** The workspace page where an entry is edited. */
export const editPath = (lang: Language, kind: EntryKind, id: string) => `/${lang}/work/${segments[kind]}/${id}`;

/** A new entry of an organisation ("new" stands in for the id). */
export const newPath = (lang: Language, kind: Exclude<EntryKind, "organization">, organizationId: string) =>
  `/${lang}/work/${segments[kind]}/new?organization=${organizationId}`;
