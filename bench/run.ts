/**
 * `npm run bench`: performance figures on a generated national data set (no pass or fail).
 * See the README ("Benchmark") and docs/decisions/0050-benchmark.md.
 *
 *   npm run bench                  the national data set (about ten minutes)
 *   npm run bench -- --quick       a tenth of the data set, short runs (while developing)
 *   options: --scale=F (share of the national data set at the last stage), --runs=N (searches per
 *   stage), --duration=S (seconds per HTTP measurement), --no-http, --no-js, --no-offerings, --no-events,
 *   --no-lighthouse, --no-imports, --no-booking, --lighthouse-urls=/fi,/fi/search?q=… (pages for Lighthouse; one that answers 404 is
 *   skipped with a note), --keep (keep the database on BENCH_DATABASE_URL's server for EXPLAIN by hand), --explain (EXPLAIN
 *   (ANALYZE, BUFFERS) of every statement of the three slowest queries at the last stage, written
 *   to bench/out/explain.txt)
 */
import os from "node:os";
import { performance } from "node:perf_hooks";
import pg from "pg";
import fs from "node:fs";
import { closeDatabase } from "../app/kit/db/db.server";
import { ensureBuild } from "./build";
import { explainSearch } from "./explain";
import { startBenchDatabase } from "./database";
import { countRows, countWordForms, dropGenerator, generateStage, national, prepareGenerator, scaled, type Counts } from "./generate";
import { measureHttp, type HttpFigures } from "./http";
import { defaultLighthousePaths, defaultLighthouseRuns, measureLighthouse, type LighthouseScores } from "./lighthouse";
import { startAppServer } from "../tests/support/app-server";
import { measureJavaScript, type PageJavaScript } from "./javascript";
import { importAim, timeImports, type ImportTiming } from "./imports";
import { nationalOfferings, timeOfferingSearch, type OfferingTiming } from "./offerings";
import { queryMix, timeFinnishAnalysis, timeIndexing, timeSearches, type IndexTiming, type SearchTiming } from "./search";
import { timeNearSearches } from "./near";
import {
  bookingAims,
  contendForOneTime,
  generateBookables,
  measureBookingPage,
  nationalBookablePractitioners,
  timeFreeTimes,
  type BookingPageFigures,
  type ContentionOutcome,
  type FreeTimesTiming,
} from "./booking";
import { todayInFinland } from "../app/kit/dates/calendar";
import { raceRegistrations } from "./events";
import { finnishWordForms, nationalVocabulary } from "./vocabulary";

// The bench registers for events in its own process, and registrations' links are signed with the
// sessions' secret: a bench-only one when none is set (never a real installation's).
process.env.AUTH_SECRET ??= "elo-bench-secret-0123456789abcdef0123456789abcdef";

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(`--${name}`);
const option = (name: string, fallback: number) => {
  const found = args.find((a) => a.startsWith(`--${name}=`));
  return found ? Number(found.slice(name.length + 3)) : fallback;
};
const quick = flag("quick");
const textOption = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const scale = option("scale", quick ? 0.1 : 1);
const runs = option("runs", quick ? 60 : 200);
const duration = option("duration", quick ? 3 : 10);
/** The stages: 2 %, 20 % and 100 % of the final data set (1k, 10k and 50k practitioners at full scale). */
const stageShares = [0.02, 0.2, 1];

/** Issue 10's aims (decision 0194). */
const aims = { p95Ms: 15, growth: 1.5, offeringP95Ms: 20, searchVsBaseline: 0.5, wordForms: 50_000 };

const ms = (value: number) => (Number.isFinite(value) ? `${value.toFixed(1)} ms` : "–");
const seconds = (value: number) => `${(value / 1000).toFixed(1)} s`;
const int = (value: number) => value.toLocaleString("en-US");
const log = (line: string) => console.log(line);
/** The machine's load average (1, 5 and 15 minutes), printed with every measurement: others share the cores. */
const load = () =>
  `load average ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(" / ")}`;
/** A search's total; "> 1,000" when the counts were capped (decision 0140). */
const results = (q: { total: number; capped: boolean }) => (q.capped ? `> ${int(q.total - 1)}` : int(q.total));

function table(headers: string[], rows: (string | number)[][]): string {
  const cells = [headers, ...rows.map((r) => r.map(String))];
  const widths = headers.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? "").length)));
  const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i])).join(" | ")} |`;
  return [line(cells[0]), `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`, ...cells.slice(1).map(line)].join("\n");
}

interface Stage {
  load: string;
  counts: Counts;
  documents: number;
  wordForms: number;
  generateMs: number;
  index: IndexTiming;
  search: SearchTiming;
}

async function main() {
  const started = performance.now();
  log(`Elo benchmark${quick ? " (quick)" : ""}: ${os.cpus().length} CPU cores, Node ${process.version}`);
  log(`Final data set: ${(scale * 100).toFixed(0)} % of the national one (${int(national.practitioners * scale)} practitioners).`);

  if (!flag("no-http") || !flag("no-js") || !flag("no-lighthouse")) ensureBuild(log);
  const database = await startBenchDatabase();
  log(`Database: ${database.description}`);
  process.env.DATABASE_URL = database.url;
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();

  const stages: Stage[] = [];
  let http: HttpFigures | undefined;
  let offerings: OfferingTiming | undefined;
  let offeringsLoad = "";
  let httpLoad = "";
  let lighthouse: LighthouseScores[] = [];
  let javascript: PageJavaScript[] = [];
  let imports: ImportTiming[] = [];
  let bookables: string[] = [];
  let freeTimes: FreeTimesTiming | undefined;
  let freeTimesLoad = "";
  let bookingPage: BookingPageFigures | undefined;
  let contention: ContentionOutcome | undefined;
  try {
    if (!flag("no-imports")) {
      // Into the fresh database, before the national data set is generated.
      log("\nCSV imports (new services and offerings of a new organisation, through the import functions):");
      imports = await timeImports(log);
    }
    let t = performance.now();
    const vocabulary = finnishWordForms(Math.round(nationalVocabulary * scale));
    log(`\nVocabulary: ${int(vocabulary.length)} Finnish word forms from Voikko's transducer in ${seconds(performance.now() - t)}`);
    await prepareGenerator(client);
    let previous: Counts = { organizations: 0, services: 0, servicePoints: 0, practitioners: 0 };
    for (const [i, share] of stageShares.entries()) {
      const counts = scaled(share * scale);
      log(
        `\nStage ${i + 1}: ${int(counts.organizations)} organisations, ${int(counts.services)} services, ` +
          `${int(counts.servicePoints)} service points, ${int(counts.practitioners)} practitioners`,
      );
      t = performance.now();
      await generateStage(client, previous, counts, (i + 1) / 10, vocabulary);
      await client.query("analyze");
      const generateMs = performance.now() - t;
      const wordForms = await countWordForms(client);
      log(`  generated (bulk SQL, then ANALYZE) in ${seconds(generateMs)}; ${int(wordForms)} distinct Finnish word forms in the text`);

      const index = await timeIndexing();
      // Steady state: autovacuum would by now have cleared the rows the rebuild replaced.
      await client.query("vacuum analyze search_document, search_lexicon");
      const rows = await countRows(client);
      log(`  indexed ${int(rows.search_document)} documents, ${int(rows.search_lexicon)} words in ${seconds(index.totalMs)}`);
      log(`    ${index.steps.map((s) => `${s.step} ${seconds(s.ms)}`).join(", ")}`);
      if (i === stageShares.length - 1) {
        const analysis = await timeFinnishAnalysis();
        log(
          `  Finnish analysis of the lexicon's ${int(analysis.words)} words: ${int(Math.round(analysis.uncachedPerSecond))} words/s, ` +
            `${int(Math.round(analysis.cachedPerSecond))} words/s from the cache`,
        );
      }

      const search = await timeSearches(runs);
      log(`  map search, ${runs} runs: median ${ms(search.medianMs)}, p95 ${ms(search.p95Ms)}; ${load()}`);
      stages.push({ load: load(), counts, documents: rows.search_document, wordForms, generateMs, index, search });
      previous = counts;
    }
    if (flag("explain")) {
      const slowest = [...stages[stages.length - 1].search.perQuery].sort((a, b) => b.medianMs - a.medianMs).slice(0, 3);
      const plans = [];
      for (const { query } of slowest) plans.push(await explainSearch(query));
      fs.mkdirSync("bench/out", { recursive: true });
      fs.writeFileSync("bench/out/explain.txt", plans.join("\n\n"));
      log(`\nEXPLAIN (ANALYZE, BUFFERS) of ${slowest.map((q) => q.query).join(", ")} written to bench/out/explain.txt`);
    }
    const near = await timeNearSearches(runs);
    log(`\nNear-me search, ${runs} runs at the last stage: median ${ms(near.medianMs)}, p95 ${ms(near.p95Ms)}`);
    log(
      table(
        ["query", "results", "median", "p95"],
        near.perQuery.map((q) => [q.query, results(q), ms(q.medianMs), ms(q.p95Ms)]),
      ),
    );
    if (!flag("no-events")) {
      const race = await raceRegistrations();
      log(
        `\nRegistration race: ${race.registrations} at once for ${race.places} places gave ${race.confirmed} confirmed and ${race.waiting} waiting` +
          `${race.inOrder ? ", in order" : ", NOT IN ORDER"}, in ${ms(race.ms)}`,
      );
      if (race.confirmed !== race.places || race.waiting !== race.registrations - race.places || !race.inOrder)
        throw new Error("The registration race overfilled the event or lost the order");
    }
    const rows = await countRows(client);
    log(
      `\nRows at the last stage: ${Object.entries(rows)
        .map(([t, n]) => `${t} ${int(n)}`)
        .join(", ")}`,
    );
    await dropGenerator(client);

    if (!flag("no-booking")) {
      const count = Math.min(Math.round(nationalBookablePractitioners * scale), stages[stages.length - 1].counts.practitioners);
      log(`\nBooking: generating ${int(count)} bookable practitioners with weekly rules and timing their free times over 4 weeks…`);
      bookables = await generateBookables(client, count, todayInFinland());
      freeTimes = await timeFreeTimes(client, bookables, runs);
      freeTimesLoad = load();
      log(`  ${int(freeTimes.bookings)} bookings; free times median ${ms(freeTimes.medianMs)}, p95 ${ms(freeTimes.p95Ms)}; ${freeTimesLoad}`);
    }

    if (!flag("no-offerings")) {
      const count = Math.round(nationalOfferings * scale);
      log(`\nOfferings: generating ${int(count)} and timing the offering search…`);
      offerings = await timeOfferingSearch(client, count, runs);
      log(`  indexed in ${seconds(offerings.indexMs)}; offering search median ${ms(offerings.medianMs)}, p95 ${ms(offerings.p95Ms)}; ${load()}`);
      offeringsLoad = load();
    }

    if (!flag("no-http") || !flag("no-lighthouse") || !flag("no-js") || bookables.length) {
      // The built server in production mode, as `npm start` runs it, on the national data.
      const server = await startAppServer(database.url);
      try {
        if (!flag("no-http")) {
          http = await measureHttp(server, duration);
          httpLoad = load();
        }
        if (bookables.length) {
          // The last bookable service for the page, the first for the contention (its free times stay untouched by the page's figures).
          if (!flag("no-http")) bookingPage = await measureBookingPage(server, bookables[bookables.length - 1], duration);
          contention = await contendForOneTime(server, client, bookables[0]);
        }
        if (!flag("no-js")) javascript = await measureJavaScript(server.url);
        if (!flag("no-lighthouse")) {
          const paths = textOption("lighthouse-urls")?.split(",").filter(Boolean) ?? defaultLighthousePaths;
          log(`\nLighthouse (mobile, headless Chromium): ${paths.join(", ")}`);
          lighthouse = await measureLighthouse(server.url, paths);
        }
      } finally {
        await server.stop();
      }
    }
  } finally {
    await client.end();
    await closeDatabase();
    if (flag("keep")) log(`\nThe database is kept (--keep): ${database.url}`);
    else await database.stop();
  }

  // The summary.
  const first = stages[0];
  const last = stages[stages.length - 1];
  log("\n== Summary ==\n");
  log("Data set and search index (stages grow the whole data set proportionally):\n");
  log(
    table(
      ["practitioners", "organisations", "services", "word forms", "search documents", "generation", "indexing"],
      stages.map((s) => [
        int(s.counts.practitioners),
        int(s.counts.organizations),
        int(s.counts.services),
        int(s.wordForms),
        int(s.documents),
        seconds(s.generateMs),
        seconds(s.index.totalMs),
      ]),
    ),
  );
  log(`\nDistinct Finnish word forms in the generated text: ${int(last.wordForms)} (aim at national scale: ≥ ${int(aims.wordForms)})`);
  log(`\nMap search (searchMap in process, ${queryMix.length} queries round robin, ${runs} runs per stage after warm-up):\n`);
  log(
    table(
      ["practitioners", "median", "p95", "aim", "measured at"],
      stages.map((s) => [int(s.counts.practitioners), ms(s.search.medianMs), ms(s.search.p95Ms), `p95 < ${aims.p95Ms} ms`, s.load]),
    ),
  );
  const growth = last.search.p95Ms / first.search.p95Ms;
  const medianGrowth = last.search.medianMs / first.search.medianMs;
  log(
    `\nGrowth ${int(first.counts.practitioners)} → ${int(last.counts.practitioners)} practitioners: ` +
      `p95 ×${growth.toFixed(2)}, median ×${medianGrowth.toFixed(2)} (aim: under ×${aims.growth})`,
  );
  log(`\nPer query at ${int(last.counts.practitioners)} practitioners:\n`);
  log(
    table(
      ["query", "results", "median", "p95"],
      last.search.perQuery.map((q) => [q.query, results(q), ms(q.medianMs), ms(q.p95Ms)]),
    ),
  );
  if (offerings) {
    log(`\nOffering search (searchOfferings in process, ${int(offerings.offerings)} offerings, ${runs} runs round robin; ${offeringsLoad}):\n`);
    log(
      table(
        ["query", "results", "median", "p95"],
        [
          ...offerings.perQuery.map((q) => [q.query, results(q), ms(q.medianMs), ms(q.p95Ms)]),
          ["all queries", "", ms(offerings.medianMs), `${ms(offerings.p95Ms)} (aim < ${aims.offeringP95Ms} ms)`],
        ],
      ),
    );
  }
  if (imports.length) {
    log(`\nCSV imports into a fresh database (aim: ${int(importAim.rows)} rows in under ${importAim.seconds} s):\n`);
    log(
      table(
        ["file", "rows", "size", "time", "rows/s", "outcome"],
        imports.map((i) => [
          i.kind,
          int(i.rows),
          `${(i.bytes / 1024 / 1024).toFixed(1)} MB`,
          seconds(i.ms),
          int(Math.round(i.rows / (i.ms / 1000))),
          i.outcome,
        ]),
      ),
    );
  }
  if (http) {
    log(`\nHTTP, built server, autocannon ${http.connections} connections × ${http.durationSeconds} s each (${httpLoad} after it):\n`);
    log(
      table(
        ["page", "requests/s", "median latency", "p99 latency", "non-2xx"],
        http.pages.map((p) => [p.path, p.requestsPerSecond.toFixed(0), `${p.latencyMedianMs} ms`, `${p.latencyP99Ms} ms`, p.non2xx]),
      ),
    );
    log(`\nSearch page / baseline: ${http.ratio.toFixed(2)} (aim: ≥ ${aims.searchVsBaseline})`);
    log(`HSDS services?search= / baseline: ${http.hsdsRatio.toFixed(2)} (aim: ≥ ${aims.searchVsBaseline})`);
    if (http.note) log(http.note);
  }
  if (freeTimes) {
    log(`\nBooking free times (bookable service with its rules, then its free times over 4 weeks, in process, ${runs} runs; ${freeTimesLoad}):\n`);
    log(
      table(
        ["bookable practitioners", "bookings", "free times per query", "median", "p95", "aim"],
        [
          [
            int(freeTimes.practitioners),
            int(freeTimes.bookings),
            freeTimes.meanSlots.toFixed(0),
            ms(freeTimes.medianMs),
            ms(freeTimes.p95Ms),
            `p95 < ${bookingAims.freeTimesP95Ms} ms`,
          ],
        ],
      ),
    );
  }
  if (bookingPage) {
    log(`\nBooking page / baseline: ${bookingPage.ratio.toFixed(2)} (aim: ≥ ${bookingAims.pageVsBaseline})`);
    log(
      table(
        ["page", "requests/s", "median latency", "p99 latency", "non-2xx"],
        [bookingPage.page, bookingPage.baseline].map((p) => [
          p.path,
          p.requestsPerSecond.toFixed(0),
          `${p.latencyMedianMs} ms`,
          `${p.latencyP99Ms} ms`,
          p.non2xx,
        ]),
      ),
    );
  }
  if (contention) {
    const answers = Object.entries(contention.statuses)
      .map(([status, n]) => `${n} × ${status}`)
      .join(", ");
    log(
      `\n${contention.attempts} concurrent attempts at one time (POST /api/v1/bookings): ${answers} in ${seconds(contention.ms)}; ` +
        `bookings of that time in the database: ${contention.bookingsOfTime} (aim: exactly 1)`,
    );
  }
  if (lighthouse.length) {
    log(
      `\nLighthouse (default mobile settings, simulated throttling, median of ${defaultLighthouseRuns} runs; load average ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores; aim: 100 in each):\n`,
    );
    log(
      table(
        ["page", "performance (range)", "accessibility", "best practices", "SEO", "benchmark index"],
        lighthouse.map((l) =>
          l.scores
            ? [
                l.url,
                `${l.scores.performance} (${l.performanceRange?.join("–")})`,
                l.scores.accessibility,
                l.scores.bestPractices,
                l.scores.seo,
                l.benchmarkIndex ?? "–",
              ]
            : [l.url, l.note ?? "–", "", "", "", ""],
        ),
      ),
    );
    const failing = lighthouse.flatMap((l) => (l.failing ?? []).map((f) => `  ${l.url} ${f}`));
    if (failing.length) log(`\nAudits that lost points (median run):\n${failing.join("\n")}`);
  }
  if (javascript.length) {
    log("\nJavaScript per public page (the scripts and module preloads its HTML names, gzip per file, summed; decision 0187):\n");
    log(
      table(
        ["page", "url", "files", "gzip"],
        javascript.map((p) => [p.page, p.url ?? "–", p.files, `${(p.gzipBytes / 1024).toFixed(1)} KiB`]),
      ),
    );
  }
  log(`\nTotal time ${seconds(performance.now() - started)}. Figures are noisy when others use the CPU.`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
