import { describe, expect, it } from "vitest";
import { chooseVersion } from "./choose-version";

describe("chooseVersion", () => {
  it("gives the reader's own language when it is published", () => {
    expect(chooseVersion({ fi: "fi", sv: "sv" }, "sv")).toEqual({ version: "sv", lang: "sv", isFallback: false });
  });

  it("falls back to Finnish, then to any published language", () => {
    expect(chooseVersion({ fi: "fi", sv: "sv" }, "en")).toEqual({ version: "fi", lang: "fi", isFallback: true });
    expect(chooseVersion({ en: "en" }, "sv")).toEqual({ version: "en", lang: "en", isFallback: true });
  });

  it("gives nothing when no language is published", () => {
    expect(chooseVersion({}, "fi")).toBeNull();
  });
});
