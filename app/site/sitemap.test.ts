import { describe, expect, it } from "vitest";
import { robotsTxt, sitemapIndex, staticPages, urlSet } from "./sitemap";

describe("sitemaps and robots.txt", () => {
  it("lists every page in each language with its language alternates", () => {
    const xml = urlSet("https://elo.example", [{ path: "/services/a&b", lastModified: new Date("2026-01-02T03:04:05Z") }]);
    expect(xml.match(/<url>/g)).toHaveLength(3);
    expect(xml).toContain("<loc>https://elo.example/sv/services/a&amp;b</loc><lastmod>2026-01-02T03:04:05.000Z</lastmod>");
    expect(xml).toContain('<xhtml:link rel="alternate" hreflang="en" href="https://elo.example/en/services/a&amp;b"/>');
  });

  it("lists the life-situation paths, the guide, and the Russian immigrant path beside its language versions", () => {
    const xml = urlSet("https://elo.example", staticPages());
    expect(xml).toContain("<loc>https://elo.example/sv/paths/career-change</loc>");
    expect(xml).toContain("<loc>https://elo.example/en/guide</loc>");
    // The Russian page is listed once, under its one address, with the immigrant path's language versions.
    const russianUrls = xml.split("<url>").filter((u) => u.startsWith("<loc>https://elo.example/en/paths/immigrants/ru</loc>"));
    expect(russianUrls).toHaveLength(1);
    const [russian] = russianUrls;
    for (const [lang, path] of [
      ["fi", "/fi/paths/immigrants"],
      ["en", "/en/paths/immigrants"],
      ["ru", "/en/paths/immigrants/ru"],
    ])
      expect(russian).toContain(`hreflang="${lang}" href="https://elo.example${path}"`);
    const finnish = xml.split("<url>").find((u) => u.startsWith("<loc>https://elo.example/fi/paths/immigrants</loc>"));
    expect(finnish).toContain('hreflang="ru" href="https://elo.example/en/paths/immigrants/ru"');
  });

  it("indexes the sitemap files and keeps robots out of the signed-in pages", () => {
    expect(sitemapIndex("https://elo.example", ["pages.xml"])).toContain("<loc>https://elo.example/sitemaps/pages.xml</loc>");
    const robots = robotsTxt("https://elo.example");
    expect(robots).toContain("Disallow: /fi/work");
    expect(robots).toContain("Sitemap: https://elo.example/sitemap.xml");
  });
});

describe("content pages in the sitemap", () => {
  it("lists the sections and gives the accessibility statement its own address", async () => {
    const { staticPaths } = await import("./sitemap");
    const { contentPagePath } = await import("../content-pages/paths");
    expect(staticPaths).toEqual(expect.arrayContaining(["/studying", "/financing"]));
    expect(contentPagePath("accessibility")).toBe("/accessibility");
    expect(contentPagePath("adult-education-allowance")).toBe("/pages/adult-education-allowance");
  });
});
