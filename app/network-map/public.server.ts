/**
 * What other features may use of network-map on the server: they import it from here, never from
 * network-map's internal modules (the layering test enforces it).
 */
export { pick } from "./commands/organization.server";
export { actorOf, checkCodes, lookups, organizationScope } from "./commands/shared.server";
export type { CreateOutcome, Lookups } from "./commands/shared.server";
// The CSV writer loads csv-stringify and csv-parse, which need Node's Buffer: never in a page's browser code.
export { writeCsv } from "./exchange/csv";
export { writeXlsx } from "./exchange/export.server";
export { importFile, newRowsTogether } from "./exchange/import-file.server";
export type { ImportResult, ImportSpec } from "./exchange/import-file.server";
export { organizationResolver, type OrganizationResolver } from "./exchange/import.server";
export { defineImportTask, startImport } from "./exchange/runs.server";
export { networkMapImportTask } from "./exchange/import-task.server";
export { networkMembership, organization, practitioner, practitionerService, service, serviceAtLocation, serviceChannel, servicePoint } from "./schema.server";
export type { Executor } from "./search-index.server";
export { searchMap } from "./search.server";
export type { SearchResult } from "./search.server";
export { areaMap, municipalityCentre } from "./map/area-map.server";
export type { AreaMarker } from "./map/area-map.server";
export { postcodeCentroid } from "./near-me/origin.server";
export { addSearchAreaNotes } from "./search-area-notes.server";
export type { SearchArea, SearchAreaNote } from "./search-area-notes.server";
export { addServiceAction } from "./service-actions.server";
export type { ServiceAction, ServiceActionProvider, ServiceTarget } from "./service-actions.server";
export { municipalityChoices, organizationAccess, organizationName, workScopeOf } from "./work/queries.server";
export { networkMapAuditVocabulary } from "./audit-vocabulary.server";
