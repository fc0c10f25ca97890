import { describe, expect, it } from "vitest";
import * as server from "./catalogue";
import * as client from "./client-catalogue";

describe("the browser's message catalogue", () => {
  it("offers every function of the full catalogue that components use (installing is the server's), so the build can put it in its place", () => {
    const used = Object.entries(server)
      .filter(([name, value]) => typeof value === "function" && name !== "installMessages")
      .map(([name]) => name);
    expect(used).toEqual(expect.arrayContaining(["translator", "hasMessage", "allMessageKeys"]));
    for (const name of used) expect(typeof (client as Record<string, unknown>)[name], name).toBe("function");
  });
});
