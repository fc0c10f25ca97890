import { index, integer, pgTable, primaryKey, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { region } from "~/reference/public.server";

/**
 * A content page of the citizens' web service: one readable slug shared by its language versions.
 * A page without a region is national (kept by admins); a region's page is kept by that region's
 * coordinators (decision 0110).
 */
export const contentPage = pgTable(
  "content_page",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    slug: text("slug").notNull().unique(),
    /** studying, financing or about (pages such as the accessibility statement, outside the sections). */
    section: text("section").notNull(),
    regionCode: text("region_code").references(() => region.code),
    /** Order within its section, smallest first. */
    position: integer("position").notNull().default(100),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("content_page_section_idx").on(t.section)],
);

/** Every save of one language version of a page; nothing is overwritten, so history is complete. */
export const contentVersion = pgTable(
  "content_version",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    pageId: uuid("page_id")
      .notNull()
      .references(() => contentPage.id, { onDelete: "cascade" }),
    language: text("language").notNull(),
    /** 1, 2, 3… per page and language. */
    version: integer("version").notNull(),
    title: text("title").notNull(),
    /** The intro shown in the section's list and at the top of the page. */
    summary: text("summary").notNull().default(""),
    /** Markdown; rendered and sanitised when read. */
    body: text("body").notNull(),
    /** The version this one was restored from, if it was. */
    restoredFromVersion: integer("restored_from_version"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    createdByUserId: text("created_by_user_id"),
    createdByName: text("created_by_name").notNull(),
  },
  (t) => [unique("content_version_page_language_version").on(t.pageId, t.language, t.version)],
);

/** Which version of a language is public; a language without a row here is not published. */
export const contentPublication = pgTable(
  "content_publication",
  {
    pageId: uuid("page_id")
      .notNull()
      .references(() => contentPage.id, { onDelete: "cascade" }),
    language: text("language").notNull(),
    versionId: uuid("version_id")
      .notNull()
      .references(() => contentVersion.id, { onDelete: "cascade" }),
    publishedAt: timestamp("published_at", { withTimezone: true }).notNull().defaultNow(),
    publishedByName: text("published_by_name").notNull(),
  },
  (t) => [primaryKey({ columns: [t.pageId, t.language] })],
);
