import { index, pgTable, text } from "drizzle-orm/pg-core";

/** Regions by the national code list `maakunta`, e.g. `maakunta_19` (Lappi). */
export const region = pgTable("region", {
  code: text("code").primaryKey(),
  nameFi: text("name_fi").notNull(),
  nameSv: text("name_sv").notNull(),
});

/** Municipalities by the national code list `kunta`, e.g. `kunta_698` (Rovaniemi). */
export const municipality = pgTable(
  "municipality",
  {
    code: text("code").primaryKey(),
    regionCode: text("region_code")
      .notNull()
      .references(() => region.code),
    nameFi: text("name_fi").notNull(),
    nameSv: text("name_sv").notNull(),
  },
  (t) => [index("municipality_region_idx").on(t.regionCode)],
);

export const postalCode = pgTable(
  "postal_code",
  {
    code: text("code").primaryKey(),
    municipalityCode: text("municipality_code")
      .notNull()
      .references(() => municipality.code),
    nameFi: text("name_fi").notNull(),
    nameSv: text("name_sv").notNull(),
  },
  (t) => [index("postal_code_municipality_idx").on(t.municipalityCode)],
);
