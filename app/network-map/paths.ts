import type { SearchKind } from "./search-params";

const segments: Record<SearchKind, string> = {
  organization: "organisations",
  service: "services",
  service_point: "service-points",
  practitioner: "practitioners",
};

/** The public page of an entry of the map. */
export const entityPath = (lang: string, kind: SearchKind, id: string) => `/${lang}/${segments[kind]}/${id}`;
