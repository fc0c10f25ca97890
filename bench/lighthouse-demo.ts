/**
 * Lighthouse alone, on the demo data: builds the app if needed, starts an embedded PostgreSQL with
 * the demo data and the built server, and prints each page's four scores with every audit that lost
 * points; the full reports go to bench/out/lighthouse/. `node --import tsx bench/lighthouse-demo.ts [/fi,/fi/search?q=…]`. `npm run bench` measures
 * the same pages on the national data set.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { startEmbeddedDatabase } from "../app/kit/db/embedded-database.server";
import { prepareDatabase } from "../app/shell/prepare-database.server";
import { startAppServer } from "../tests/support/app-server";
import { freePort } from "../tests/support/free-port";
import { ensureBuild } from "./build";
import { defaultLighthousePaths, measureLighthouse } from "./lighthouse";

const log = (line: string) => console.log(line);

async function main() {
  const paths = process.argv[2]?.split(",").filter(Boolean) ?? defaultLighthousePaths;
  ensureBuild(log);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "elo-lighthouse-db-"));
  fs.chmodSync(dir, 0o755);
  const database = await startEmbeddedDatabase({
    dir: path.join(dir, "pg"),
    port: await freePort(),
    database: "elo_lighthouse",
    persistent: false,
    quiet: true,
  });
  try {
    await prepareDatabase(database.url, { demoData: true });
    const server = await startAppServer(database.url);
    try {
      log(
        `Load average before: ${os
          .loadavg()
          .map((l) => l.toFixed(2))
          .join(" ")} (${os.cpus().length} cores)`,
      );
      for (const result of await measureLighthouse(server.url, paths, { reportDir: "bench/out/lighthouse" })) {
        const s = result.scores;
        log(
          `${result.url}: ${s ? `performance ${s.performance} (runs ${result.performanceRange?.join("–")}, benchmark index ${result.benchmarkIndex}), accessibility ${s.accessibility}, best practices ${s.bestPractices}, SEO ${s.seo}` : result.note}`,
        );
        for (const audit of result.failing ?? []) log(`  ${audit}`);
      }
      log(
        `Load average after: ${os
          .loadavg()
          .map((l) => l.toFixed(2))
          .join(" ")}`,
      );
    } finally {
      await server.stop();
    }
  } finally {
    await database.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
