import fs from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { matchRoutes, type RouteObject } from "react-router";

interface ManifestRoute {
  id: string;
  parentId?: string;
  path?: string;
  index?: boolean;
  module: string;
  imports?: string[];
}

interface Manifest {
  entry: { module: string; imports: string[] };
  routes: Record<string, ManifestRoute>;
}

export interface PageJavaScript {
  page: string;
  url?: string;
  files: number;
  gzipBytes: number;
}

const example = "00000000-0000-4000-8000-000000000001";

/** Public page types and the URL of an example page of each. */
const pages = [
  { page: "front page", url: "/fi" },
  { page: "search", url: "/fi/search" },
  { page: "organisation", url: `/fi/organisations/${example}` },
  { page: "service", url: `/fi/services/${example}` },
  { page: "service point", url: `/fi/service-points/${example}` },
  { page: "practitioner", url: `/fi/practitioners/${example}` },
  { page: "map", url: "/fi/map" },
  { page: "coverage", url: "/fi/coverage" },
];

/**
 * React Router's browser manifest (build/client/assets/manifest-*.js) lists, per route, its module
 * and the chunks it imports; it is what the browser loads (modulepreload) for a page. Vite's own
 * .vite/manifest.json is removed by React Router after the build unless the Vite config asks for it.
 */
function readManifest(clientDir: string): Manifest {
  const file = fs.readdirSync(path.join(clientDir, "assets")).find((f) => /^manifest-.*\.js$/.test(f));
  if (!file) throw new Error("No React Router manifest in build/client/assets: build the app first");
  const window: { __reactRouterManifest?: Manifest } = {};
  new Function("window", fs.readFileSync(path.join(clientDir, "assets", file), "utf8"))(window);
  return window.__reactRouterManifest!;
}

function routeTree(manifest: Manifest): RouteObject[] {
  const children = (parentId: string | undefined): RouteObject[] =>
    Object.values(manifest.routes)
      .filter((r) => r.parentId === parentId)
      .map((r) => (r.index ? { id: r.id, index: true } : { id: r.id, path: r.path, children: children(r.id) }));
  return children(undefined);
}

/** Gzipped bytes of the JavaScript each public page loads: the client entry and the matched routes' modules. */
export async function measureJavaScript(clientDir = "build/client"): Promise<PageJavaScript[]> {
  const manifest = readManifest(clientDir);
  const tree = routeTree(manifest);
  const gzipped = new Map<string, number>();
  const size = (file: string) => {
    if (!gzipped.has(file)) gzipped.set(file, gzipSync(fs.readFileSync(path.join(clientDir, file))).length);
    return gzipped.get(file)!;
  };
  return pages.map(({ page, url }) => {
    const matches = matchRoutes(tree, url) ?? [];
    const leaf = manifest.routes[matches[matches.length - 1]?.route.id ?? ""];
    // The language layout's catch-all answers pages that do not exist yet.
    if (!leaf || leaf.path === "*") return { page, files: 0, gzipBytes: 0 };
    const files = new Set([manifest.entry.module, ...manifest.entry.imports]);
    for (const match of matches) {
      const route = manifest.routes[match.route.id!];
      files.add(route.module);
      for (const file of route.imports ?? []) files.add(file);
    }
    return { page, url, files: files.size, gzipBytes: [...files].reduce((sum, file) => sum + size(file), 0) };
  });
}
