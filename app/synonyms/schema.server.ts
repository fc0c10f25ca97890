import { index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { editVersionColumn } from "../kit/db/versioned-update.server";

/**
 * A group of words that mean the same to the person searching ("työkkäri", "te-toimisto",
 * "TE-palvelut"), per language (decision 0189). A query word that is a member finds what any member
 * finds. Members are kept as query words would be read: lower case, words separated by one space
 * ("te toimisto"), so that a query is matched with one array lookup.
 */
export const searchSynonymGroup = pgTable(
  "search_synonym_group",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    language: text("language").notNull(),
    words: text("words").array().notNull(),
    /** Why the group exists, for the admins ("TE-palvelut 2024 -uudistus"). */
    note: text("note").notNull().default(""),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    version: editVersionColumn(),
  },
  (t) => [index("search_synonym_group_words_idx").using("gin", t.words), index("search_synonym_group_language_idx").on(t.language)],
);
