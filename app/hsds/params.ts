import { instantFromIso } from "../kit/dates/calendar";
import type { MessageKey } from "../kit/i18n/catalogue";
import { defaultLanguage, isLanguage, type Language } from "../kit/i18n/languages";
import { maxQueryLength } from "~/network-map/public";
import { isUuid } from "./ids";
import { taxonomyById, termById, type TaxonomyKey, type TermRef } from "./taxonomies";

export const defaultPerPage = 20;
export const maxPerPage = 100;
export const maxPage = 100_000;
/** Metres, as in HSDS. Finland is about 1,160 km from south to north. */
export const maxProximity = 1_500_000;

/** A request the API cannot answer, with a message key; answered 400 (or 404) in the asked language. */
export class HsdsError extends Error {
  constructor(
    public readonly status: 400 | 404 | 405,
    public readonly key: MessageKey,
    public readonly values: Record<string, string | number> = {},
  ) {
    super(key);
  }
}

export interface ListParams {
  lang: Language;
  page: number;
  perPage: number;
  search: string;
  term?: TermRef;
  taxonomy?: TaxonomyKey;
  organizationId?: string;
  modifiedAfter?: Date;
  postcode?: string;
  /** Metres from the postcode's location; only with postcode. */
  proximity?: number;
}

/** The language of the answer, also of error messages; an invalid one is answered in Finnish. */
export function parseLang(params: URLSearchParams): Language {
  const lang = params.get("lang");
  if (lang === null || lang === "") return defaultLanguage;
  if (!isLanguage(lang)) throw new HsdsError(400, "hsds.error.lang");
  return lang;
}

const isoDateTime = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/** ISO 8601 date or date-time; a time without a zone is UTC. */
export function parseDateTime(value: string): Date | null {
  const m = isoDateTime.exec(value.trim());
  if (!m) return null;
  const [, , , , hour, minute, second] = m;
  // Temporal would read a leap second :60 as :59; the API refuses it, as it always has.
  if (hour !== undefined && (Number(hour) > 23 || Number(minute) > 59 || Number(second ?? 0) > 59)) return null;
  return instantFromIso(value.trim(), "UTC") ?? null;
}

function integer(params: URLSearchParams, name: string, fallback: number, max: number, key: MessageKey): number {
  const raw = params.get(name);
  if (raw === null || raw === "") return fallback;
  if (!/^\d{1,9}$/.test(raw) || Number(raw) < 1 || Number(raw) > max) throw new HsdsError(400, key, { max });
  return Number(raw);
}

function uuidParam(params: URLSearchParams, name: string): string | undefined {
  const raw = params.get(name);
  if (raw === null || raw === "") return undefined;
  if (!isUuid(raw)) throw new HsdsError(400, "hsds.error.uuid", { name });
  return raw.toLowerCase();
}

/**
 * Reads the HSDS list parameters. Values that are malformed or out of bounds are errors, never
 * silently replaced; HSDS parameters Elo does not support (full, minimal…) are ignored.
 */
export function parseListParams(params: URLSearchParams): ListParams {
  const lang = parseLang(params);
  const format = params.get("format");
  if (format !== null && format !== "" && format !== "json") throw new HsdsError(400, "hsds.error.format");
  const search = (params.get("search") ?? "").trim();
  if (search.length > maxQueryLength) throw new HsdsError(400, "hsds.error.search", { max: maxQueryLength });

  const result: ListParams = {
    lang,
    page: integer(params, "page", 1, maxPage, "hsds.error.page"),
    perPage: integer(params, "per_page", defaultPerPage, maxPerPage, "hsds.error.perPage"),
    search,
  };

  const termId = uuidParam(params, "taxonomy_term_id");
  if (termId) {
    result.term = termById(termId);
    if (!result.term) throw new HsdsError(400, "hsds.error.unknownTerm", { id: termId });
  }
  const taxonomyId = uuidParam(params, "taxonomy_id");
  if (taxonomyId) {
    result.taxonomy = taxonomyById(taxonomyId);
    if (!result.taxonomy) throw new HsdsError(400, "hsds.error.unknownTaxonomy", { id: taxonomyId });
  }
  result.organizationId = uuidParam(params, "organization_id");

  const modifiedAfter = params.get("modified_after");
  if (modifiedAfter !== null && modifiedAfter !== "") {
    const date = parseDateTime(modifiedAfter);
    if (!date) throw new HsdsError(400, "hsds.error.dateTime", { name: "modified_after" });
    result.modifiedAfter = date;
  }

  const postcode = params.get("postcode");
  if (postcode !== null && postcode !== "") {
    if (!/^\d{5}$/.test(postcode.trim())) throw new HsdsError(400, "hsds.error.postcode");
    result.postcode = postcode.trim();
  }
  const proximity = params.get("proximity");
  if (proximity !== null && proximity !== "") {
    const metres = Number(proximity);
    if (!/^\d+(\.\d+)?$/.test(proximity) || !(metres >= 1 && metres <= maxProximity)) throw new HsdsError(400, "hsds.error.proximity", { max: maxProximity });
    if (!result.postcode) throw new HsdsError(400, "hsds.error.proximityWithoutPostcode");
    result.proximity = metres;
  }
  return result;
}

/** The id of a detail URL; malformed → 400, as for parameters. */
export function parseId(id: string | undefined): string {
  if (!id || !isUuid(id)) throw new HsdsError(400, "hsds.error.uuid", { name: "id" });
  return id.toLowerCase();
}
