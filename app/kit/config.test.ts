import { describe, expect, it } from "vitest";
import { trustProxyHops } from "./config.server";

describe("TRUST_PROXY_HOPS", () => {
  it("is the number of proxies, 0 when unset", () => {
    expect(trustProxyHops({})).toBe(0);
    expect(trustProxyHops({ TRUST_PROXY_HOPS: "1" })).toBe(1);
    expect(trustProxyHops({ TRUST_PROXY_HOPS: "2", TRUST_PROXY: "false" })).toBe(2);
  });

  it("refuses the old TRUST_PROXY=true, which let a client choose its own address", () => {
    expect(() => trustProxyHops({ TRUST_PROXY: "true" })).toThrow(/TRUST_PROXY_HOPS/);
  });

  it("refuses anything but a whole number", () => {
    for (const value of ["true", "-1", "1.5", ""]) expect(() => trustProxyHops({ TRUST_PROXY_HOPS: value }), value).toThrow(/whole number/);
  });
});
