import { describe, expect, it } from "vitest";
import { composeMessages } from "./compose-messages";

const source = (key: string, text: string) => ({ fi: { [key]: text }, sv: { [key]: text }, en: { [key]: text } });

describe("composing message sources", () => {
  it("unites the sources' keys", () => {
    expect(composeMessages([source("a.one", "A"), source("b.one", "B")]).sv).toEqual({ "a.one": "A", "b.one": "B" });
  });

  it("throws when two sources define the same key, even with the same text", () => {
    expect(() => composeMessages([source("a.one", "A"), source("a.one", "A")])).toThrow(/"a\.one".*two message sources/);
  });
});
