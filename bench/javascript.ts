import fs from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

export interface PageJavaScript {
  page: string;
  url?: string;
  files: number;
  gzipBytes: number;
}

const example = "00000000-0000-4000-8000-000000000001";

/** Public page types and the URL of an example page of each (an unknown id answers with the page type's 404). */
const pages = [
  { page: "front page", url: "/fi" },
  { page: "search", url: "/fi/search" },
  { page: "organisation", url: `/fi/organisations/${example}` },
  { page: "service", url: `/fi/services/${example}` },
  { page: "service point", url: `/fi/service-points/${example}` },
  { page: "practitioner", url: `/fi/practitioners/${example}` },
  { page: "map", url: "/fi/map" },
  { page: "coverage", url: "/fi/coverage" },
  { page: "education", url: "/fi/education" },
  { page: "path", url: "/fi/paths/career-change" },
  { page: "guide", url: "/fi/guide" },
  { page: "studying", url: "/fi/studying" },
];

/** The scripts a page's HTML asks for: module scripts and module preloads, as addresses on the site. */
export function scriptsOfPage(html: string): string[] {
  const scripts = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]);
  const preloads = [...html.matchAll(/<link\b[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)].map((m) => m[1]);
  return [...new Set([...scripts, ...preloads])].filter((src) => src.startsWith("/"));
}

/**
 * Gzipped bytes of the JavaScript each public page loads, read from the pages the built server sends
 * (decision 0187: public pages load no React Router scripts, only their islands) and the files of the
 * client build. Scripts that those import later (the message chunk of a hydrated page) are not counted.
 */
export async function measureJavaScript(baseUrl: string, clientDir = "build/client"): Promise<PageJavaScript[]> {
  const gzipped = new Map<string, number>();
  const size = (src: string) => {
    if (!gzipped.has(src)) gzipped.set(src, gzipSync(fs.readFileSync(path.join(clientDir, src))).length);
    return gzipped.get(src)!;
  };
  const measured: PageJavaScript[] = [];
  for (const { page, url } of pages) {
    const html = await (await fetch(baseUrl + url)).text();
    const files = scriptsOfPage(html);
    measured.push({ page, url, files: files.length, gzipBytes: files.reduce((sum, file) => sum + size(file), 0) });
  }
  return measured;
}
