/**
 * What other features may use of audit on the server: they import it from here, never from
 * audit's internal modules (the layering test enforces it).
 */
export { actorOf, recordChange, recordChanges, systemActor } from "./record-change.server";
export type { Actor, Change } from "./record-change.server";
export { auditEvent } from "./schema.server";
export { editConflict } from "./edit-conflict.server";
export { describeAuditEntities } from "./vocabulary.server";
export type { AuditVocabulary } from "./vocabulary.server";
