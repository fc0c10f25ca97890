import { describe, expect, it } from "vitest";
import { anOrganization, aPractitioner } from "../support/fixtures";
import { appUrl } from "../support/browser";

describe("robots.txt and sitemap.xml", () => {
  it("serve robots.txt naming the sitemap", async () => {
    const response = await fetch(appUrl("/robots.txt"));
    expect(response.headers.get("content-type")).toContain("text/plain");
    const text = await response.text();
    expect(text).toMatch(/^Sitemap: .*\/sitemap\.xml$/m);
    expect(text).toContain("Disallow: /sv/work");
  });

  it("list public entries in the sitemap files, but no practitioners", async () => {
    const org = await anOrganization();
    const practitionerId = await aPractitioner(org.id);
    const index = await (await fetch(appUrl("/sitemap.xml"))).text();
    expect(index).toContain("/sitemaps/pages.xml");
    expect(index).toContain("/sitemaps/organizations-1.xml");
    const file = await fetch(appUrl("/sitemaps/organizations-1.xml"));
    expect(file.headers.get("content-type")).toContain("application/xml");
    const xml = await file.text();
    expect(xml).toContain(`/fi/organisations/${org.id}</loc>`);
    expect(xml).toContain(`hreflang="sv" href="`);
    expect(index + xml).not.toContain(practitionerId);
    expect(await (await fetch(appUrl("/sitemaps/pages.xml"))).text()).toContain("/en/search</loc>");
  });

  it("answer unknown sitemap files with 404", async () => {
    expect((await fetch(appUrl("/sitemaps/practitioners-1.xml"))).status).toBe(404);
    expect((await fetch(appUrl("/sitemaps/organizations-999.xml"))).status).toBe(404);
    expect((await fetch(appUrl("/sitemaps/x.xml"))).status).toBe(404);
  });
});
