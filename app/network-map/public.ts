/**
 * What other features may use of network-map: they import it from here, never from
 * network-map's internal modules (the layering test enforces it). Nothing here is server-only, so pages may
 * import it.
 */
export { channels, organizationTypes, serviceLanguages, targetGroups, topics, weekdays } from "./code-lists";
export type { Channel, ServiceLanguage, TargetGroup, Topic, Visibility, Weekday } from "./code-lists";
export { CodeTags, Fact } from "./components/entity-parts";
export { booleanCell, cell, importLimits, joinList, listCell, localized, localizedCell, localizedCells, optional } from "./exchange/columns";
export type { Column, CsvRecord } from "./exchange/columns";
export { ImportFileFields, ImportReport, importAnswer, refuseImport } from "./exchange/report";
export type { ImportActionResult } from "./exchange/report";
export { entityPath } from "./paths";
export { canManageOrganization } from "./permissions";
export type { OrganizationScope } from "./permissions";
export { emptySearch, mapSearchParams, maxQueryLength, queryTerms } from "./search-params";
export type { MapSearch } from "./search-params";
