import { describe, expect, it } from "vitest";
import { addServiceAction, serviceActions, serviceActionsOf, type ServiceTarget } from "./service-actions.server";

const target = (id: string): ServiceTarget => ({ id, organizationId: "o", status: "active" });

describe("service actions", () => {
  it("asks each provider once for all the services of a page, and only the providers of that place", async () => {
    const calls: string[][] = [];
    addServiceAction({
      places: ["page", "searchResult"],
      actionsFor: async (targets) => {
        calls.push(targets.map((t) => t.id));
        return new Map([["b", { id: "book", href: "/fi/book/1", label: "Varaa aika" }]]);
      },
    });
    addServiceAction({
      places: ["page"],
      actionsFor: async (targets) => new Map(targets.map((t) => [t.id, { id: "ask", href: `/fi/services/${t.id}/contact`, label: "Pyydä" }])),
    });
    const cards = await serviceActionsOf([target("a"), target("b"), target("c")], "fi", "searchResult");
    expect(calls).toEqual([["a", "b", "c"]]);
    expect(Object.fromEntries([...cards].map(([id, actions]) => [id, actions.map((a) => a.id)]))).toEqual({ a: [], b: ["book"], c: [] });
    expect((await serviceActions(target("b"), "fi")).map((a) => a.id)).toEqual(["book", "ask"]);
  });
});
