import { config } from "~/kit/config.server";
import { sitemapIndex } from "../sitemap";
import { sitemapFiles } from "../sitemap.server";

export async function loader() {
  return new Response(sitemapIndex(config.publicUrl, await sitemapFiles()), {
    headers: { "Content-Type": "application/xml; charset=utf-8" },
  });
}
