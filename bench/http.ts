import autocannon from "autocannon";

export interface PageThroughput {
  path: string;
  requestsPerSecond: number;
  latencyMedianMs: number;
  latencyP99Ms: number;
  non2xx: number;
}

export interface HttpFigures {
  connections: number;
  durationSeconds: number;
  pages: PageThroughput[];
  /** Requests per second of the search page over the baseline's. */
  ratio: number;
  /** Requests per second of the HSDS API's text search over the baseline's. */
  hsdsRatio: number;
  note?: string;
}

const connections = 10;
const searchPath = "/fi/search?q=ohjaus&region=maakunta_19";
const fallbackPath = "/fi";
export const baselinePath = "/baseline";
/** The HSDS API's text search (issue 10: at least half the bare page's requests per second). */
export const hsdsPath = "/api/hsds/services?search=ohjaus";

/** One page's throughput: a short warm-up first, so that the figures are of a running server, not of its first requests. */
export async function measurePage(server: { url: string }, target: string, durationSeconds: number): Promise<PageThroughput> {
  await autocannon({ url: server.url + target, connections, duration: Math.min(2, durationSeconds) });
  const result = await autocannon({ url: server.url + target, connections, duration: durationSeconds });
  return {
    path: target,
    requestsPerSecond: result.requests.average,
    latencyMedianMs: result.latency.p50,
    latencyP99Ms: result.latency.p99,
    non2xx: result.non2xx + result.errors,
  };
}

/** Requests per second of the public search page and of a bare SSR page, on the built server. */
export async function measureHttp(server: { url: string }, durationSeconds: number): Promise<HttpFigures> {
  {
    let note: string | undefined;
    let path = searchPath;
    const status = (await fetch(server.url + searchPath)).status;
    if (status !== 200) {
      note = `${searchPath} answered ${status}, so the front page ${fallbackPath} was measured in its place.`;
      path = fallbackPath;
    }
    const measure = (target: string) => measurePage(server, target, durationSeconds);
    const baseline = await measure(baselinePath);
    const search = await measure(path);
    const hsds = await measure(hsdsPath);
    return {
      connections,
      durationSeconds,
      pages: [search, hsds, baseline],
      ratio: search.requestsPerSecond / baseline.requestsPerSecond,
      hsdsRatio: hsds.requestsPerSecond / baseline.requestsPerSecond,
      note,
    };
  }
}
