import { data } from "react-router";
import { config } from "~/foundation/config.server";
import { isSitemapKind, staticPages, urlSet } from "../sitemap";
import { sitemapEntries } from "../sitemap.server";
import type { Route } from "./+types/sitemap-file";

const xml = (body: string) => new Response(body, { headers: { "Content-Type": "application/xml; charset=utf-8" } });

/** `/sitemaps/pages.xml` or `/sitemaps/{kind}-{n}.xml`. */
export async function loader({ params }: Route.LoaderArgs) {
  if (params.file === "pages.xml") return xml(urlSet(config.publicUrl, staticPages()));
  const match = /^([a-z-]+)-(\d{1,4})\.xml$/.exec(params.file ?? "");
  if (!match || !isSitemapKind(match[1]) || Number(match[2]) < 1) throw data(null, { status: 404 });
  const entries = await sitemapEntries(match[1], Number(match[2]));
  if (entries.length === 0) throw data(null, { status: 404 });
  return xml(urlSet(config.publicUrl, entries));
}
