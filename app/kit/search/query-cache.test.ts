import { describe, expect, it } from "vitest";
import { cachedQueryAnalysis, forgetQueryAnalyses } from "./query-cache.server";

describe("cached query analyses", () => {
  it("load once per kind and query until forgotten", async () => {
    let loads = 0;
    const load = async () => ++loads;
    expect(await cachedQueryAnalysis("test", "ohjaus", load)).toBe(1);
    expect(await cachedQueryAnalysis("test", "ohjaus", load)).toBe(1);
    expect(await cachedQueryAnalysis("other", "ohjaus", load)).toBe(2);
    forgetQueryAnalyses();
    expect(await cachedQueryAnalysis("test", "ohjaus", load)).toBe(3);
  });

  it("do not keep a failed load", async () => {
    await expect(cachedQueryAnalysis("test", "failing", () => Promise.reject(new Error("database down")))).rejects.toThrow("database down");
    expect(await cachedQueryAnalysis("test", "failing", async () => "loaded")).toBe("loaded");
  });
});
