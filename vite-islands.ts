import fs from "node:fs";
import path from "node:path";
import type { Plugin } from "vite";

const virtualId = "virtual:elo-islands";
/** Written by the browser build next to its assets, read by the server build that follows it. */
const manifestName = ".elo-islands.json";

/** Each island's module, by name: `app/<feature>/islands/<name>.ts` (the kit's islands folder holds the mechanism, not islands). */
function findIslands(root: string): Map<string, string> {
  const islands = new Map<string, string>();
  const app = path.join(root, "app");
  for (const feature of fs.readdirSync(app, { withFileTypes: true })) {
    const dir = path.join(app, feature.name, "islands");
    if (!feature.isDirectory() || feature.name === "kit" || !fs.existsSync(dir)) continue;
    for (const file of fs.readdirSync(dir)) {
      if (!file.endsWith(".ts") || file.endsWith(".test.ts") || file.endsWith(".d.ts")) continue;
      const name = file.slice(0, -3);
      if (islands.has(name)) throw new Error(`Two islands are called ${name}`);
      islands.set(name, path.join(dir, file));
    }
  }
  return islands;
}

/**
 * Islands (decision 0187): small scripts that enhance one public page, built as entries of their
 * own, apart from the React Router app. `virtual:elo-islands` gives each island's address: its
 * source in development (Vite serves it), its hashed file in a build. The browser build emits the
 * islands and writes their file names; the server build, which React Router runs after it, reads them.
 */
export function islands(): Plugin {
  let root = process.cwd();
  let serving = false;
  let found = new Map<string, string>();
  return {
    name: "elo-islands",
    configResolved(config) {
      root = config.root;
      serving = config.command === "serve";
      found = findIslands(root);
    },
    buildStart() {
      if (serving || this.environment?.config.consumer !== "client") return;
      for (const [name, file] of found) this.emitFile({ type: "chunk", id: file, name: `island-${name}` });
    },
    generateBundle(_options, bundle) {
      if (this.environment?.config.consumer !== "client") return;
      const files: Record<string, string> = {};
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== "chunk" || !chunk.facadeModuleId) continue;
        for (const [name, file] of found) if (path.resolve(chunk.facadeModuleId) === file) files[name] = `/${chunk.fileName}`;
      }
      this.emitFile({ type: "asset", fileName: manifestName, source: JSON.stringify(files) });
    },
    resolveId(source) {
      return source === virtualId ? `\0${virtualId}` : null;
    },
    load(id) {
      if (id !== `\0${virtualId}`) return null;
      if (serving) {
        const sources = Object.fromEntries([...found].map(([name, file]) => [name, `/${path.relative(root, file).split(path.sep).join("/")}`]));
        return `export default ${JSON.stringify(sources)};`;
      }
      // The browser bundle itself needs no addresses: only the server renders island scripts.
      if (this.environment?.config.consumer === "client") return "export default {};";
      const manifest = path.resolve(this.environment.config.build.outDir, "..", "client", manifestName);
      if (!fs.existsSync(manifest)) throw new Error(`${manifest} is missing: the browser build runs first`);
      return `export default ${fs.readFileSync(manifest, "utf8")};`;
    },
  };
}
