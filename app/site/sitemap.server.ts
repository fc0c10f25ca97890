import { sql } from "drizzle-orm";
import { db } from "../kit/db/db.server";
import { entriesPerSitemap, sitemapKinds, type SitemapKind } from "./sitemap";

/** A kind's condition on its rows (fixed text of sitemap.ts, never input). */
const whereOf = (kind: SitemapKind) => {
  const spec = sitemapKinds[kind];
  return "where" in spec ? sql.raw(`where ${spec.where}`) : sql``;
};

/** Sitemap file names: pages.xml, then each kind in numbered files of entriesPerSitemap entries. */
export async function sitemapFiles(): Promise<string[]> {
  const files = ["pages.xml"];
  for (const kind of Object.keys(sitemapKinds) as SitemapKind[]) {
    const { table } = sitemapKinds[kind];
    const { rows } = await db().execute<{ count: number }>(sql`select count(*)::int as count from ${sql.identifier(table)} ${whereOf(kind)}`);
    const pages = Math.ceil(rows[0].count / entriesPerSitemap);
    for (let page = 1; page <= pages; page++) files.push(`${kind}-${page}.xml`);
  }
  return files;
}

/** One file's entries, in id order so that files stay stable as entries are added. */
export async function sitemapEntries(kind: SitemapKind, page: number): Promise<{ path: string; lastModified: Date }[]> {
  const { table, segment } = sitemapKinds[kind];
  const { rows } = await db().execute<{ id: string; updated_at: string | Date }>(sql`
    select id, updated_at from ${sql.identifier(table)} ${whereOf(kind)}
    order by id limit ${entriesPerSitemap} offset ${(page - 1) * entriesPerSitemap}`);
  return rows.map((r) => ({ path: `/${segment}/${r.id}`, lastModified: new Date(r.updated_at) }));
}
