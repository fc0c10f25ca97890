import { LRUCache } from "lru-cache";

/**
 * What a query's words expand to (their Finnish base forms' lexicon words, synonyms, spelling
 * corrections) depends only on the shared search lexicon and the synonym list, which change
 * rarely; popular queries come again and again. So each process keeps the analyses of recent
 * queries (decision 0194): a search then needs no round trips before its main statement. This
 * process forgets them whenever it adds words to the lexicon or edits synonyms; another process's
 * changes show here within `ttlMs`.
 */
const ttlMs = 60_000;
const maxQueries = 5_000;

const store = globalThis as unknown as { eloQueryAnalyses?: LRUCache<string, Promise<unknown>> };
const cache = () => (store.eloQueryAnalyses ??= new LRUCache<string, Promise<unknown>>({ max: maxQueries, ttl: ttlMs }));

/** The analysis `kind` of the query `key`, loaded once per process while it is fresh. */
export function cachedQueryAnalysis<T>(kind: string, key: string, load: () => Promise<T>): Promise<T> {
  // Tests run databases of their own in one process: a cached analysis belongs to its database.
  const fullKey = `${kind}\u0000${key}\u0000${process.env.DATABASE_URL ?? ""}`;
  const cached = cache().get(fullKey) as Promise<T> | undefined;
  if (cached) return cached;
  const loading = load();
  cache().set(fullKey, loading);
  loading.catch(() => cache().delete(fullKey));
  return loading;
}

/** Forgets every cached query analysis: the lexicon or the synonyms changed. */
export const forgetQueryAnalyses = () => store.eloQueryAnalyses?.clear();
