import { index, integer, pgTable, primaryKey, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { bytea } from "../kit/db/bytea.server";
import { networkGroup } from "../governance/public.server";

/** A document of a governance group: a title with numbered versions; deleting only hides it. */
export const groupDocument = pgTable(
  "group_document",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    groupId: uuid("group_id")
      .notNull()
      .references(() => networkGroup.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    /** The uploader's user id (no foreign key: the record outlives the account, as the audit trail does). */
    createdByUserId: text("created_by_user_id"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    deletedAt: timestamp("deleted_at", { withTimezone: true }),
    deletedBy: text("deleted_by"),
  },
  (t) => [index("group_document_group_idx").on(t.groupId)],
);

/** One uploaded file of a document. The bytes live in document_content so that lists never read them. */
export const documentVersion = pgTable(
  "document_version",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    documentId: uuid("document_id")
      .notNull()
      .references(() => groupDocument.id, { onDelete: "cascade" }),
    version: integer("version").notNull(),
    fileName: text("file_name").notNull(),
    contentType: text("content_type").notNull(),
    size: integer("size").notNull(),
    sha256: text("sha256").notNull(),
    uploadedByUserId: text("uploaded_by_user_id"),
    uploadedByName: text("uploaded_by_name").notNull(),
    uploadedAt: timestamp("uploaded_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique("document_version_number").on(t.documentId, t.version)],
);

export const documentContent = pgTable(
  "document_content",
  {
    versionId: uuid("version_id")
      .notNull()
      .references(() => documentVersion.id, { onDelete: "cascade" }),
    bytes: bytea("bytes").notNull(),
  },
  (t) => [primaryKey({ columns: [t.versionId] })],
);
