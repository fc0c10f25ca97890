import fs from "node:fs";

/** An island's built file, as the browser build wrote it (vite-islands.ts, decision 0187): "/assets/island-near-me-….js". */
export function islandFile(name: string): string | undefined {
  return (JSON.parse(fs.readFileSync("build/client/.elo-islands.json", "utf8")) as Record<string, string>)[name];
}
