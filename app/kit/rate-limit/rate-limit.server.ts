import { lt } from "drizzle-orm";
import { RateLimiterDrizzle, RateLimiterRes } from "rate-limiter-flexible";
import { config } from "../config.server";
import { db } from "../db/db.server";
import { rateLimit as rateLimitTable } from "./schema.server";

/** At most `points` counted attempts in a window of `windowSeconds` that starts with the first one. */
export interface RateLimitRule {
  points: number;
  windowSeconds: number;
}

/** What is counted: the account tried (an e-mail address, any case) and the client's address. */
export interface RateLimitKeys {
  account?: string;
  address?: string;
}

export type RateLimitVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export interface RateLimit {
  readonly name: string;
  /** Counts one attempt against each key that has a rule; refused when any of them is over its limit. */
  consume(keys: RateLimitKeys): Promise<RateLimitVerdict>;
  /** Whether the next attempt would be refused, without counting it. */
  check(keys: RateLimitKeys): Promise<RateLimitVerdict>;
}

const allowed: RateLimitVerdict = { allowed: true };

/** The longest wait of the refusals, in whole seconds (at least 1, as Retry-After needs). */
function verdictOf(refusals: number[]): RateLimitVerdict {
  if (refusals.length === 0) return allowed;
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(Math.max(...refusals) / 1000)) };
}

/**
 * A limit stored in PostgreSQL (the `rate_limit` table), so that every instance on one database
 * shares the counts; rate-limiter-flexible's Drizzle store counts with one atomic upsert. A feature
 * defines its limits once, beside its routes, and calls `consume` (or `check`) in the action.
 */
export function defineRateLimit(name: string, rules: { account?: RateLimitRule; address?: RateLimitRule }): RateLimit {
  if (!/^[a-z][a-z0-9-]*$/.test(name)) throw new Error(`A rate limit's name is lower case with dashes: ${name}`);
  // Built per call on the current database: the limiters hold no state of their own, and no timers
  // (expired rows are deleted by the daily clean-up job, never by a setTimeout in every process).
  const limiters = () =>
    (["account", "address"] as const).flatMap((kind) => {
      const rule = rules[kind];
      if (!rule) return [];
      const limiter = new RateLimiterDrizzle({
        storeClient: db(),
        schema: rateLimitTable,
        keyPrefix: `${name}:${kind}`,
        points: rule.points,
        duration: rule.windowSeconds,
        clearExpiredByTimeout: false,
      });
      return [{ kind, limiter }];
    });
  const keyOf = (keys: RateLimitKeys, kind: "account" | "address") => {
    const key = kind === "account" ? keys.account?.trim().toLowerCase() : keys.address;
    return key ? key.slice(0, 400) : undefined;
  };
  return {
    name,
    async consume(keys) {
      if (!config.rateLimits) return allowed;
      const refusals: number[] = [];
      for (const { kind, limiter } of limiters()) {
        const key = keyOf(keys, kind);
        if (!key) continue;
        try {
          await limiter.consume(key);
        } catch (refusal) {
          // The store rejects with a RateLimiterRes when over the limit and with an Error when it fails.
          if (!(refusal instanceof RateLimiterRes)) throw refusal;
          refusals.push(refusal.msBeforeNext);
        }
      }
      return verdictOf(refusals);
    },
    async check(keys) {
      if (!config.rateLimits) return allowed;
      const refusals: number[] = [];
      for (const { kind, limiter } of limiters()) {
        const key = keyOf(keys, kind);
        const counted = key ? await limiter.get(key) : null;
        if (counted && counted.consumedPoints >= limiter.points) refusals.push(counted.msBeforeNext);
      }
      return verdictOf(refusals);
    },
  };
}

/** Deletes the counters whose window has passed (the shell's daily clean-up job). */
export async function deleteExpiredRateLimits(now = new Date()): Promise<number> {
  const deleted = await db().delete(rateLimitTable).where(lt(rateLimitTable.expire, now)).returning({ key: rateLimitTable.key });
  return deleted.length;
}
