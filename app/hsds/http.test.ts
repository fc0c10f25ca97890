import { describe, expect, it, vi } from "vitest";
import { hsdsAction, hsdsAnswer, pageOf } from "./http.server";
import { HsdsError } from "./params";

const request = (path: string, method = "GET") => new Request(`http://elo.test${path}`, { method });

describe("HSDS answers", () => {
  it("answer bad input, failures and preflight as JSON with CORS", async () => {
    const bad = await hsdsAnswer(request("/api/hsds/services?lang=sv"), async () => {
      throw new HsdsError(400, "hsds.error.postcode");
    });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({ error: "Postnumret ska bestå av fem siffror." });

    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const failed = await hsdsAnswer(request("/api/hsds/services"), async () => {
      throw new Error("database down");
    });
    log.mockRestore();
    expect(failed.status).toBe(500);
    expect(failed.headers.get("access-control-allow-origin")).toBe("*");
    expect((await failed.json()).error).toContain("palvelinvirhe");

    const preflight = await hsdsAnswer(request("/api/hsds/services", "OPTIONS"), async () => ({}));
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-origin")).toBe("*");
    expect(hsdsAction({ request: request("/api/hsds/services", "DELETE") }).status).toBe(405);
  });

  it("fill the HSDS paging envelope", () => {
    expect(pageOf(["a", "b"], 5, { page: 1, perPage: 2 })).toMatchObject({
      total_items: 5,
      total_pages: 3,
      size: 2,
      first_page: true,
      last_page: false,
      empty: false,
    });
    expect(pageOf([], 0, { page: 1, perPage: 20 })).toMatchObject({ total_pages: 0, first_page: true, last_page: true, empty: true });
    expect(pageOf([], 5, { page: 9, perPage: 2 })).toMatchObject({ page_number: 9, last_page: true, empty: true });
  });
});
