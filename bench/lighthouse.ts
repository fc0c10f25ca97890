/**
 * Lighthouse scores of public pages on the built server: performance, accessibility, best practices
 * and SEO, with Lighthouse's default (mobile) settings, in a headless Chromium.
 */
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";

export interface LighthouseScores {
  url: string;
  /** Scores 0–100 per category, or a note when the page was skipped or failed. */
  scores?: { performance: number; accessibility: number; bestPractices: number; seo: number };
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

export async function measureLighthouse(baseUrl: string, paths: string[]): Promise<LighthouseScores[]> {
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
        const runnerResult = await lighthouse(url, {
          port: chrome.port,
          output: "json",
          logLevel: "error",
          onlyCategories: [...categories],
        });
        const lhr = runnerResult!.lhr;
        const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
        const failing = new Set<string>();
        for (const id of categories)
          for (const ref of lhr.categories[id]?.auditRefs ?? []) {
            const audit = lhr.audits[ref.id];
            if (ref.weight > 0 && audit && audit.score !== null && audit.score < 0.9) failing.add(`${id}: ${audit.id} (${Math.round(audit.score * 100)})`);
          }
        results.push({
          url: path,
          scores: { performance: score("performance"), accessibility: score("accessibility"), bestPractices: score("best-practices"), seo: score("seo") },
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
