import { languages } from "../kit/i18n/languages";
import { pathSlugs, russianPath, russianPathCanonicalLanguage, russianPathUrl } from "~/portal/public";

/** Public pages of one kind per sitemap file; the protocol allows 50,000, we stay well below. */
export const entriesPerSitemap = 10_000;

/** Kinds of public entry pages listed in the sitemaps, with their path segment. Practitioners'
 * pages are public but personal, so they are left for visitors to find, not for search engines. */
export const sitemapKinds = {
  organizations: { segment: "organisations", table: "organization" },
  services: { segment: "services", table: "service" },
  "service-points": { segment: "service-points", table: "service_point" },
  offerings: { segment: "education", table: "offering" },
  groups: { segment: "groups", table: "network_group" },
  // Only the public events: the network-only ones are for signed-in members.
  events: { segment: "events", table: "event", where: "visibility = 'public'" },
} as const satisfies Record<string, { segment: string; table: string; where?: string }>;
export type SitemapKind = keyof typeof sitemapKinds;

export const isSitemapKind = (value: string): value is SitemapKind => value in sitemapKinds;

/** Pages that are not entries (the life-situation paths are code, so they are listed here too). */
export const staticPaths = [
  "",
  "/search",
  "/map",
  "/coverage",
  "/education",
  "/groups",
  "/studying",
  "/financing",
  "/paths",
  ...pathSlugs.map((slug) => `/paths/${slug}`),
  "/guide",
  "/events",
];

const escapeXml = (value: string) => value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

export interface SitemapPage {
  /** The path after the language, e.g. "/search". */
  path: string;
  lastModified?: Date;
  /** Language versions beyond /fi, /sv and /en: hreflang and full path (e.g. the Russian immigrant path). */
  extraAlternates?: { hreflang: string; path: string }[];
}

/** The Russian version of the immigrant path: one address, and the language versions it belongs with (decision 0120). */
export const russianPathPage = { path: russianPathUrl(russianPathCanonicalLanguage), hreflang: "ru" };
const immigrantAlternates = [{ hreflang: russianPathPage.hreflang, path: russianPathPage.path }];

/** Pages that are not entries, for pages.xml. */
export function staticPages(): SitemapPage[] {
  return staticPaths.map((path) => (path === `/paths/${russianPath}` ? { path, extraAlternates: immigrantAlternates } : { path }));
}

/** One <url> per page and language, each naming its language versions (hreflang alternates). */
export function urlSet(baseUrl: string, pages: SitemapPage[]): string {
  const link = (hreflang: string, path: string) => `<xhtml:link rel="alternate" hreflang="${hreflang}" href="${escapeXml(`${baseUrl}${path}`)}"/>`;
  const urls = pages.flatMap((page) => {
    const alternates = [...languages.map((other) => ({ hreflang: other, path: `/${other}${page.path}` })), ...(page.extraAlternates ?? [])];
    const links = alternates.map((a) => link(a.hreflang, a.path)).join("");
    const lastmod = page.lastModified ? `<lastmod>${page.lastModified.toISOString()}</lastmod>` : "";
    // Every version listed is a <url> of its own, with the same set of alternates.
    return alternates.map((a) => `<url><loc>${escapeXml(`${baseUrl}${a.path}`)}</loc>${lastmod}${links}</url>`);
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">${urls.join("")}</urlset>\n`;
}

export function sitemapIndex(baseUrl: string, files: string[]): string {
  const entries = files.map((file) => `<sitemap><loc>${escapeXml(`${baseUrl}/sitemaps/${file}`)}</loc></sitemap>`).join("");
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${entries}</sitemapindex>\n`;
}

export function robotsTxt(baseUrl: string): string {
  return [
    "User-agent: *",
    "Allow: /",
    ...languages.map((lang) => `Disallow: /${lang}/work`),
    "Disallow: /api/auth/",
    `Sitemap: ${baseUrl}/sitemap.xml`,
    "",
  ].join("\n");
}
