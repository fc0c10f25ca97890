import { integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";

/**
 * The counters of the rate limits (decision 0177), shared by every instance on one database. The
 * columns are the ones rate-limiter-flexible's Drizzle store reads and writes; the kit owns the table
 * because the limits are a neutral building block that several features use.
 */
export const rateLimit = pgTable("rate_limit", {
  key: text("key").primaryKey(),
  points: integer("points").notNull().default(0),
  expire: timestamp("expire", { withTimezone: true }),
});
