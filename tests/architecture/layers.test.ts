import { cruise, type ICruiseResult } from "dependency-cruiser";
import extractTypeScriptConfig from "dependency-cruiser/config-utl/extract-ts-config";
import { beforeAll, describe, expect, it } from "vitest";
import rules from "../../.dependency-cruiser.mjs";

let result: ICruiseResult;

beforeAll(async () => {
  const tsConfig = extractTypeScriptConfig("tsconfig.json");
  const cruised = await cruise(["app"], { ...rules.options, validate: true, ruleSet: { forbidden: rules.forbidden } }, undefined, { tsConfig });
  result = cruised.output as ICruiseResult;
}, 120_000);

/** The top-level folder of a module under app/ ("network-map"), or "(root)" for app/root.tsx and the like. */
const folderOf = (path: string) => (path.split("/").length > 2 ? path.split("/")[1] : "(root)");

/** Groups of folders that import each other, directly or through others (Tarjan's strongly connected components). */
function folderCycles(edges: Map<string, Set<string>>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const cycles: string[][] = [];
  const visit = (node: string) => {
    index.set(node, index.size);
    low.set(node, index.get(node)!);
    stack.push(node);
    for (const next of edges.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (stack.includes(next)) low.set(node, Math.min(low.get(node)!, index.get(next)!));
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        component.push(member);
      } while (member !== node);
      if (component.length > 1) cycles.push(component.sort());
    }
  };
  for (const node of edges.keys()) if (!index.has(node)) visit(node);
  return cycles;
}

describe("the layers", () => {
  it("were read from the whole app, resolving the ~/ alias", () => {
    const modules = result.modules.filter((m) => m.source.startsWith("app/"));
    expect(modules.length).toBeGreaterThan(300);
    const layout = modules.find((m) => m.source === "app/shell/routes/language-layout.tsx");
    expect(layout?.dependencies.some((d) => d.resolved === "app/kit/i18n/use-i18n.ts")).toBe(true);
  });

  it("hold: the kit imports no feature, features import no shell and no other feature's internals", () => {
    const violations = result.summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`);
    expect(violations).toEqual([]);
  });

  it("have no cycle between the folders under app/ (tests aside)", () => {
    const edges = new Map<string, Set<string>>();
    for (const module of result.modules) {
      if (!module.source.startsWith("app/") || /\.test\.tsx?$/.test(module.source)) continue;
      for (const dependency of module.dependencies) {
        if (!dependency.resolved.startsWith("app/")) continue;
        const [from, to] = [folderOf(module.source), folderOf(dependency.resolved)];
        if (from !== to) edges.set(from, (edges.get(from) ?? new Set()).add(to));
      }
    }
    expect(edges.get("kit") ?? new Set()).toEqual(new Set());
    expect(folderCycles(edges)).toEqual([]);
  });
});
