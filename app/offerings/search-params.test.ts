import { describe, expect, it } from "vitest";
import { hasMessage } from "../kit/i18n/catalogue";
import { languages } from "../kit/i18n/languages";
import { offeringParameters, offeringSearchParams, parseOfferingSearch } from "./search-params";

describe("offering search parameters", () => {
  it("reads filters, open now, sort and page, and writes them back", () => {
    const query =
      "q=lähihoitaja&type=vocational_qualification&field=kansallinenkoulutusluokitus2016koulutusalataso1_09&municipality=kunta_205&open=1&sort=start&page=2";
    const parsed = parseOfferingSearch(new URLSearchParams(query));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.search).toMatchObject({
      q: "lähihoitaja",
      types: ["vocational_qualification"],
      municipalities: ["kunta_205"],
      openNow: true,
      sort: "start",
      page: 2,
    });
    expect(offeringSearchParams(parsed.search).toString()).toBe(new URLSearchParams(query).toString());
  });

  it.each(["type=degree", "field=07", "municipality=Kajaani", "open=yes", "sort=price", "page=0", `q=${"a".repeat(201)}`])("rejects %s", (query) => {
    const parsed = parseOfferingSearch(new URLSearchParams(query));
    expect(parsed).toEqual({ ok: false, parameter: query.split("=")[0] });
  });

  it.each(["sort=name&sort=start", "page=1&page=2", "open=1&open=", "q=a&q=b"])("rejects the repeated one-value parameter of %s", (query) => {
    expect(parseOfferingSearch(new URLSearchParams(query))).toEqual({ ok: false, parameter: query.split("=")[0] });
  });

  it("refuses a well-formed region or municipality code that names no place", () => {
    const isPlace = (code: string) => code === "kunta_205" || code === "maakunta_18";
    expect(parseOfferingSearch(new URLSearchParams("municipality=kunta_205&region=maakunta_18"), isPlace).ok).toBe(true);
    expect(parseOfferingSearch(new URLSearchParams("municipality=kunta_999"), isPlace)).toEqual({ ok: false, parameter: "municipality" });
    expect(parseOfferingSearch(new URLSearchParams("region=maakunta_99"), isPlace)).toEqual({ ok: false, parameter: "region" });
  });

  it("name every parameter in every language, for the error message", () => {
    expect(offeringParameters).toContain("municipality");
    for (const lang of languages) for (const name of offeringParameters) expect(hasMessage(lang, `offerings.param.${name}`), `${lang} ${name}`).toBe(true);
  });
});
