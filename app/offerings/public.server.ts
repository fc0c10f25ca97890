/**
 * What other features may use of offerings on the server: they import it from here, never from
 * offerings's internal modules (the layering test enforces it).
 */
export { searchOfferings } from "./search.server";
export type { OfferingSummary } from "./search.server";
export { offeringImportTask } from "./exchange/import-task.server";
