import { bigserial, index, jsonb, pgTable, text, timestamp } from "drizzle-orm/pg-core";

export interface FieldChange {
  old: unknown;
  new: unknown;
}

/** Who changed what and when, with old and new values per field. Rows are never updated. */
export const auditEvent = pgTable(
  "audit_event",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
    actorUserId: text("actor_user_id"),
    actorLabel: text("actor_label").notNull(),
    entityType: text("entity_type").notNull(),
    entityId: text("entity_id").notNull(),
    action: text("action").notNull(),
    changes: jsonb("changes").$type<Record<string, FieldChange>>().notNull().default({}),
  },
  (t) => [index("audit_entity_idx").on(t.entityType, t.entityId), index("audit_at_idx").on(t.at)],
);
