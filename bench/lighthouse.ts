/**
 * Lighthouse scores of public pages on the built server: performance, accessibility, best practices
 * and SEO, with Lighthouse's default (mobile) settings, in a headless Chromium.
 */
import fs from "node:fs";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";

export interface LighthouseScores {
  url: string;
  /** Scores 0–100 per category, or a note when the page was skipped or failed. */
  scores?: { performance: number; accessibility: number; bestPractices: number; seo: number };
  /** The lowest and highest performance score of the runs. */
  performanceRange?: [number, number];
  /**
   * Lighthouse's measure of the machine's speed during the reported run (a mid-range phone is about
   * 1,000); on a loaded machine it falls, and the throttled CPU times grow with it.
   */
  benchmarkIndex?: number;
  /** The audits that lost points, for the report (title and score). */
  failing?: string[];
  note?: string;
}

/** Pages measured unless --lighthouse-urls=… lists others (comma-separated paths). */
export const defaultLighthousePaths = [
  "/fi",
  "/fi/search?q=ohjaus&region=maakunta_19",
  "/fi/education?q=ammattitutkinto&region=maakunta_19",
  "/fi/paths/career-change",
];

const chromePath = process.env.CHROME_PATH ?? "/usr/bin/chromium";
const categories = ["performance", "accessibility", "best-practices", "seo"] as const;

type Lhr = NonNullable<Awaited<ReturnType<typeof lighthouse>>>["lhr"];

/** Lighthouse's own advice for variable machines: run several times and keep the median run. */
export const defaultLighthouseRuns = 3;

/**
 * Each page is measured `runs` times and the run with the median performance score is reported
 * (the other categories do not vary between runs). `reportDir`, when given, receives that run's full
 * report as JSON, for finding what lost points.
 */
export async function measureLighthouse(baseUrl: string, paths: string[], options: { runs?: number; reportDir?: string } = {}): Promise<LighthouseScores[]> {
  const runs = options.runs ?? defaultLighthouseRuns;
  const results: LighthouseScores[] = [];
  let chrome: chromeLauncher.LaunchedChrome;
  try {
    chrome = await chromeLauncher.launch({
      chromePath,
      chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
    });
  } catch (error) {
    return paths.map((url) => ({ url, note: `Chromium did not start (${(error as Error).message.split("\n")[0]})` }));
  }
  try {
    for (const path of paths) {
      const url = baseUrl + path;
      const status = (await fetch(url)).status;
      if (status !== 200) {
        results.push({ url: path, note: `skipped: the page answered ${status}` });
        continue;
      }
      try {
        const reports: Lhr[] = [];
        for (let run = 0; run < runs; run++) {
          const runnerResult = await lighthouse(url, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: [...categories] });
          reports.push(runnerResult!.lhr);
        }
        const score = (lhr: Lhr, id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
        reports.sort((a, b) => score(a, "performance") - score(b, "performance"));
        const lhr = reports[Math.floor(reports.length / 2)];
        if (options.reportDir) {
          fs.mkdirSync(options.reportDir, { recursive: true });
          fs.writeFileSync(`${options.reportDir}/${path.replace(/[^a-z0-9]+/gi, "_")}.json`, JSON.stringify(lhr, null, 1));
        }
        const failing = new Set<string>();
        for (const id of categories)
          for (const ref of lhr.categories[id]?.auditRefs ?? []) {
            const audit = lhr.audits[ref.id];
            if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) failing.add(`${id}: ${audit.id} (${Math.round(audit.score * 100)})`);
          }
        results.push({
          url: path,
          scores: {
            performance: score(lhr, "performance"),
            accessibility: score(lhr, "accessibility"),
            bestPractices: score(lhr, "best-practices"),
            seo: score(lhr, "seo"),
          },
          performanceRange: [score(reports[0], "performance"), score(reports[reports.length - 1], "performance")],
          benchmarkIndex: Math.round(lhr.environment.benchmarkIndex),
          failing: [...failing],
        });
      } catch (error) {
        results.push({ url: path, note: `failed: ${(error as Error).message.split("\n")[0]}` });
      }
    }
  } finally {
    await chrome.kill();
  }
  return results;
}
