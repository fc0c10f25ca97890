import { describe, expect, it } from "vitest";
import { offeringSearchParams, parseOfferingSearch } from "./search-params";

describe("offering search parameters", () => {
  it("reads filters, open now, sort and page, and writes them back", () => {
    const query = "q=lähihoitaja&type=vocational_qualification&field=kansallinenkoulutusluokitus2016koulutusalataso1_09&municipality=kunta_205&open=1&sort=start&page=2";
    const parsed = parseOfferingSearch(new URLSearchParams(query));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.search).toMatchObject({ q: "lähihoitaja", types: ["vocational_qualification"], municipalities: ["kunta_205"], openNow: true, sort: "start", page: 2 });
    expect(offeringSearchParams(parsed.search).toString()).toBe(new URLSearchParams(query).toString());
  });

  it.each(["type=degree", "field=07", "municipality=Kajaani", "open=yes", "sort=price", "page=0", `q=${"a".repeat(201)}`])(
    "rejects %s",
    (query) => {
      const parsed = parseOfferingSearch(new URLSearchParams(query));
      expect(parsed).toEqual({ ok: false, parameter: query.split("=")[0] });
    },
  );
});
