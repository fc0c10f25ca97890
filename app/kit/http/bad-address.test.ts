import { describe, expect, it } from "vitest";
import { badAddressPage, hasUndecodablePath } from "./bad-address";

describe("an address the router cannot read", () => {
  it("is one whose path has a percent-escape that does not decode; the query does not count", () => {
    expect(hasUndecodablePath("/fi/pages/%ZZ")).toBe(true);
    expect(hasUndecodablePath("/sitemaps/%E0%A4%A")).toBe(true);
    expect(hasUndecodablePath("/fi/paths/..%2f")).toBe(false);
    expect(hasUndecodablePath("/fi/education?q=%ZZ")).toBe(false);
    expect(hasUndecodablePath("/fi/koulutus%C3%A4")).toBe(false);
  });

  it("gets a 400 page in the language of the address, Finnish otherwise", () => {
    const swedish = badAddressPage("/sv/pages/%ZZ");
    expect(swedish.status).toBe(400);
    expect(swedish.html).toContain('<html lang="sv">');
    expect(swedish.html).toContain("Begäran var felaktig.");
    expect(swedish.html).toContain('href="/sv"');
    expect(badAddressPage("/sitemaps/%ZZ").html).toContain("Pyyntö oli virheellinen.");
    expect(badAddressPage("/en?x=%ZZ").html).toContain('<html lang="en">');
  });
});
