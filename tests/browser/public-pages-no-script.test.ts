import { beforeAll, describe, expect, it } from "vitest";
import { islandFile as islandSource } from "../support/islands";
import { get } from "../support/http";
import { publicExamples } from "../support/public-examples";
import { publicPageRoutes } from "../support/public-routes";

/**
 * Public pages load no script (decision 0187): no React Router entry, no route modules, no module
 * preloads. The list of pages comes from the route config, so a new public route is covered at once.
 * Only JSON-LD data may be in a script element, and a page that renders an island loads that
 * island's module and nothing else.
 */
const islandPages: Record<string, string[]> = {
  search: ["near-me"],
  chat: ["chat"],
};

/** Addresses that answer with a page saying that nothing is there. */
const notFound = ["*", "invitations/:token", "reset-password/:token"];

/** The page's script elements other than JSON-LD data. */
const scriptsIn = (html: string) => (html.match(/<script\b[^>]*>/g) ?? []).filter((tag) => !tag.includes('type="application/ld+json"'));

let examples: Record<string, string>;
beforeAll(async () => {
  examples = await publicExamples();
});

describe("public pages without scripts", { timeout: 120_000 }, () => {
  const routes = publicPageRoutes();

  it("are read from the route config, the search, entries, education, paths, guide, groups, content and feedback among them", () => {
    const patterns = routes.map((r) => r.pattern);
    for (const pattern of [
      "",
      "search",
      "organisations/:id",
      "map",
      "education",
      "education/:id",
      "paths/:slug",
      "guide",
      "guide/results",
      "groups/:id",
      "pages/:slug",
      "feedback",
      "sign-in",
    ])
      expect(patterns, pattern).toContain(pattern);
    expect(patterns.filter((p) => p.startsWith("work"))).toEqual([]);
  });

  it.each(publicPageRoutes().map((r) => [r.pattern || "(front page)", r.pattern] as const))("%s loads no script", async (_name, pattern) => {
    const rest = /[:*]/.test(pattern) ? examples[pattern] : pattern;
    expect(typeof rest, `an example address for the public route "${pattern}" in tests/support/public-examples.ts`).toBe("string");
    for (const lang of pattern === "" ? ["fi", "sv", "en"] : ["fi"]) {
      const path = `/${lang}${rest ? `/${rest}` : ""}`;
      const response = await get(path);
      const html = await response.text();
      if (!notFound.includes(pattern)) expect(response.status, path).toBe(200);
      expect(html, path).toContain("<main");
      expect(html, path).not.toContain("modulepreload");
      const expected = (islandPages[pattern] ?? []).map((name) => islandSource(name));
      const sources = scriptsIn(html).map((tag) => tag.match(/\bsrc="([^"]+)"/)?.[1] ?? tag);
      expect(sources, path).toEqual(expected);
      for (const tag of scriptsIn(html)) expect(tag, path).toMatch(/^<script type="module" src="\/assets\/island-[\w-]+\.js"/);
    }
  });

  it("the islands are small", async () => {
    for (const name of Object.values(islandPages).flat()) {
      const source = islandSource(name);
      expect(source, name).toMatch(/^\/assets\/island-/);
      const response = await get(source!);
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toContain("javascript");
      expect((await response.arrayBuffer()).byteLength, name).toBeLessThan(4000);
    }
  });
});
