import { data } from "react-router";
import { config } from "~/kit/config.server";
import { publishedSlugs } from "~/content-pages/public.server";
import { contentPagePath } from "~/content-pages/public";
import { isSitemapKind, staticPages, urlSet } from "../sitemap";
import { sitemapEntries } from "../sitemap.server";
import type { Route } from "./+types/sitemap-file";

const xml = (body: string) => new Response(body, { headers: { "Content-Type": "application/xml; charset=utf-8" } });

/** `/sitemaps/pages.xml` or `/sitemaps/{kind}-{n}.xml`. */
export async function loader({ params }: Route.LoaderArgs) {
  if (params.file === "pages.xml") {
    // Content pages with any published language: an unpublished language shows the fallback text.
    const content = (await publishedSlugs()).map((p) => ({ path: contentPagePath(p.slug), lastModified: p.updatedAt }));
    return xml(urlSet(config.publicUrl, [...staticPages(), ...content]));
  }
  const match = /^([a-z-]+)-(\d{1,4})\.xml$/.exec(params.file ?? "");
  if (!match || !isSitemapKind(match[1]) || Number(match[2]) < 1) throw data(null, { status: 404 });
  const entries = await sitemapEntries(match[1], Number(match[2]));
  if (entries.length === 0) throw data(null, { status: 404 });
  return xml(urlSet(config.publicUrl, entries));
}
