import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const serverBuild = "build/server/index.js";

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

/** Builds the app when there is no build or a source file is newer than it. */
export function ensureBuild(log: (line: string) => void): void {
  const built = fs.existsSync(serverBuild) ? fs.statSync(serverBuild).mtimeMs : 0;
  if (built > newestSource("app")) return;
  log("Building the app (npx react-router build)…");
  try {
    execFileSync("npx", ["react-router", "build"], { stdio: "pipe" });
  } catch (error) {
    // Only a failed build's output is worth showing.
    const { stdout, stderr } = error as { stdout?: Buffer; stderr?: Buffer };
    console.error(`${stdout ?? ""}${stderr ?? ""}`);
    throw error;
  }
}
