import { bookingOpenApiPaths } from "~/booking/public";
import { defaultPerPage, maxPage, maxPerPage, maxProximity } from "./params";
import { maxQueryLength } from "~/network-map/public";

/** Where the HSDS 3.1 JSON Schemas are published (the same files as /work/shared/hsds/schema). */
export const hsdsSchemaBase = "https://raw.githubusercontent.com/openreferral/specification/3.1/schema/";

const schemaRef = (file: string) => ({ $ref: `${hsdsSchemaBase}${file}` });

const param = (name: string, description: string, schema: Record<string, unknown>) => ({
  name,
  in: "query",
  required: false,
  description,
  schema,
});

const parameters = {
  lang: param("lang", "Language of multilingual fields and error messages. Missing text falls back to Finnish.", {
    type: "string",
    enum: ["fi", "sv", "en"],
    default: "fi",
  }),
  page: param("page", "Page number, from 1.", { type: "integer", minimum: 1, maximum: maxPage, default: 1 }),
  per_page: param("per_page", "Entries per page.", { type: "integer", minimum: 1, maximum: maxPerPage, default: defaultPerPage }),
  search: param(
    "search",
    'Full-text search with Finnish-aware matching: inflected forms and compound parts match ("aikuiskoulutukseen" finds "aikuiskoulutus"), small typos are tolerated, Swedish is stemmed. Every word must match. On /services, a search that finds nothing may be answered with a `suggestion`: the words with misspelt ones corrected, given only when they find services under the same filters.',
    { type: "string", maxLength: maxQueryLength },
  ),
  taxonomy_term_id: param("taxonomy_term_id", "Only entries with this taxonomy term (see /taxonomy_terms).", { type: "string", format: "uuid" }),
  taxonomy_id: param("taxonomy_id", "Only entries with any term of this taxonomy (see /taxonomies).", { type: "string", format: "uuid" }),
  organization_id: param("organization_id", "Only services of this organisation.", { type: "string", format: "uuid" }),
  modified_after: param("modified_after", "Only entries changed at or after this ISO 8601 date or date-time (a time without a zone is UTC).", {
    type: "string",
    format: "date-time",
  }),
  postcode: param(
    "postcode",
    "A Finnish postcode (five digits). Without proximity: services whose service area or service point is in the postcode's municipality. Postcodes have no coordinates in Elo's reference data, so for proximity a postcode is located at the mean coordinates of the service points with that postcode, or else of the service points in its municipality. An unknown postcode, or one that cannot be located, is answered 400.",
    { type: "string", pattern: "^\\d{5}$" },
  ),
  proximity: param("proximity", "With postcode: only services with a service point within this many metres (as in HSDS) of the postcode's location.", {
    type: "number",
    minimum: 1,
    maximum: maxProximity,
  }),
  format: param("format", "Only json is supported.", { type: "string", enum: ["json"] }),
};

const ref = (name: keyof typeof parameters) => ({ $ref: `#/components/parameters/${name}` });

const errorResponses = {
  "400": { description: "Malformed or out-of-range parameter or id.", content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } },
};
const notFoundResponse = {
  "404": { description: "No entry has this id.", content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } },
};

function listOperation(operationId: string, summary: string, itemSchema: string, params: (keyof typeof parameters)[]) {
  return {
    get: {
      operationId,
      summary,
      parameters: [ref("lang"), ref("page"), ref("per_page"), ref("format"), ...params.map(ref)],
      responses: {
        "200": {
          description: "One page of entries in the HSDS paging envelope.",
          content: {
            "application/json": {
              schema: {
                allOf: [{ $ref: "#/components/schemas/Page" }],
                properties: { contents: { type: "array", items: schemaRef(itemSchema) } },
              },
            },
          },
        },
        ...errorResponses,
      },
    },
  };
}

function itemOperation(operationId: string, summary: string, schema: string) {
  return {
    parameters: [{ name: "id", in: "path", required: true, schema: { type: "string", format: "uuid" } }],
    get: {
      operationId,
      summary,
      parameters: [ref("lang")],
      responses: {
        "200": { description: summary, content: { "application/json": { schema: schemaRef(schema) } } },
        ...errorResponses,
        ...notFoundResponse,
      },
    },
  };
}

/** Elo's public API: the HSDS 3.1 read API of the guidance network map. */
export function openApiDocument(origin: string) {
  return {
    openapi: "3.1.0",
    jsonSchemaDialect: "https://json-schema.org/draft/2020-12/schema",
    info: {
      title: "Elo: the guidance network map as Open Referral HSDS",
      version: "1.0.0",
      summary: "Read-only HSDS 3.1 API of Finland's regional lifelong-guidance network maps.",
      description: [
        "Organisations, services, service points and the code lists of Elo's guidance network map as Human Services Data Specification 3.1 objects.",
        "Multilingual fields are given in the language of `lang` (fi, sv, en), falling back to Finnish.",
        "Target groups, channels, topics, service languages and organisation types are HSDS taxonomies; services link to their terms through `attributes`. Term and taxonomy ids are UUID v5 values that never change.",
        "Organisations carry their Finnish business ID (Y-tunnus) as an `organization_identifiers` entry with identifier_scheme `FI-PRO` (org-id.guide). Service areas are municipalities with their national `kunta_XXX` code in `extent`. Opening hours are weekly schedules in local Finnish time.",
        "Practitioners appear only as `contacts` of the services they work in and (contact persons) of their organisation, with the fields they have made public: network-only fields are never included.",
        'Errors are JSON `{ "error": "…" }`: 400 for malformed or out-of-range input, 404 for unknown ids. Every response allows any origin (CORS).',
        "The booking API (`/api/v1`, its paths name their server) lists a service's free times and books them: JSON errors `{ code, message }`, 409 with free alternatives when a time was taken, 422 with each field's error, 429 when rate-limited.",
        "HSDS parameters not listed here (`full`, `minimal`, `full_service`) are ignored: lists always return the nested objects described.",
      ].join("\n\n"),
    },
    servers: [{ url: `${origin}/api/hsds` }],
    paths: {
      "/": {
        get: {
          operationId: "getAPIMetaInformation",
          summary: "Information about this API and its relationship with HSDS.",
          responses: {
            "200": {
              description: "API information.",
              content: {
                "application/json": {
                  schema: {
                    type: "object",
                    required: ["version", "openapi_url"],
                    properties: {
                      version: { type: "string", const: "3.1", description: "HSDS version of this API." },
                      openapi_url: { type: "string", format: "uri" },
                      links: { type: "object", additionalProperties: { type: "string", format: "uri" } },
                    },
                  },
                },
              },
            },
          },
        },
      },
      "/services": listOperation("getPaginatedListOfServices", "Services, fully nested.", "compiled/service.json", [
        "search",
        "taxonomy_term_id",
        "taxonomy_id",
        "organization_id",
        "modified_after",
        "postcode",
        "proximity",
      ]),
      "/services/{id}": itemOperation("getFullyNestedServiceById", "A fully nested service.", "compiled/service.json"),
      "/organizations": listOperation("getPaginatedListOfOrganizations", "Organisations.", "organization.json", [
        "search",
        "taxonomy_term_id",
        "taxonomy_id",
        "modified_after",
      ]),
      "/organizations/{id}": itemOperation(
        "getOrganizationById",
        "An organisation with its locations (service points) and contact persons.",
        "compiled/organization.json",
      ),
      "/service_at_locations": listOperation(
        "getPaginatedListOfServiceAtLocations",
        "Services at service points, with the location and the service.",
        "compiled/service_at_location.json",
        ["search", "taxonomy_term_id", "taxonomy_id", "organization_id", "modified_after", "postcode", "proximity"],
      ),
      "/service_at_locations/{id}": itemOperation("getServiceAtLocationById", "A service at a service point.", "compiled/service_at_location.json"),
      "/taxonomies": listOperation("getPaginatedListOfTaxonomies", "Elo's taxonomies.", "taxonomy.json", ["search"]),
      "/taxonomies/{id}": itemOperation("getTaxonomyById", "A taxonomy.", "taxonomy.json"),
      "/taxonomy_terms": listOperation("getPaginatedListOfTaxonomyTerms", "Terms of Elo's taxonomies (flat: no term has a parent).", "taxonomy_term.json", [
        "search",
        "taxonomy_id",
      ]),
      "/taxonomy_terms/{id}": itemOperation("getTaxonomyTermById", "A taxonomy term.", "taxonomy_term.json"),
      // The booking API lives under /api/v1 (its paths name their own server).
      ...bookingOpenApiPaths(origin),
    },
    components: {
      parameters,
      schemas: {
        Page: {
          type: "object",
          required: ["total_items", "total_pages", "page_number", "size", "first_page", "last_page", "empty", "contents"],
          properties: {
            total_items: { type: "integer", description: "Number of entries matching the request." },
            total_pages: { type: "integer" },
            page_number: { type: "integer" },
            size: { type: "integer", description: "Number of entries on this page." },
            first_page: { type: "boolean" },
            last_page: { type: "boolean" },
            empty: { type: "boolean", description: "Whether this page has no entries." },
            contents: { type: "array" },
            suggestion: {
              type: "string",
              description:
                'Only on /services, only when `search` found nothing: the search words with misspelt ones corrected ("neuovnta" → "neuvonta"), which find services under the same filters. Not part of HSDS; clients may ignore it.',
            },
          },
        },
        Error: {
          type: "object",
          required: ["error"],
          properties: { error: { type: "string", description: "What was wrong, in the language of `lang`." } },
        },
      },
    },
  };
}
