import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { auditEntityTypes } from "../audit/entity-types";
import { composeMessages } from "../kit/i18n/compose-messages";
import { educationFields } from "../offerings/code-lists";
import { messageSources, messagesOf } from "./messages";

/**
 * Every key of the composed catalogue is used somewhere, and no key is defined twice.
 *
 * A key is used when the app's source (app/ and server/, leaving out tests and the message sources
 * themselves) names it:
 * - as a string literal: `t("search.title")`, `{ label: "offerings.field" }`;
 * - through a template literal with a fixed start, `planning.status.${code}`, whose varying parts
 *   are codes that the source writes as string literals (a code list, a command's `action: "remind"`)
 *   or numbers;
 * - as the label of a code of a code list whose codes are not literals (codeLists below): then
 *   exactly the list's codes are used;
 * - under one of the few prefixes that are joined to a code at run time, `${prefix}.${code}`
 *   (dynamicPrefixes below): the prefix must be a literal in the source, and the code too.
 */
const codeLists: [prefix: string, codes: readonly string[]][] = [
  ["offering.field", educationFields],
  ["audit.entity", auditEntityTypes],
];
const dynamicPrefixes = ["audit.action", "search.reach"];

const root = join(import.meta.dirname, "..", "..");

function sourceFiles(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) sourceFiles(path, out);
    else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) out.push(path);
  }
  return out;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

function readSource() {
  const literals = new Set<string>();
  const words = new Set<string>();
  const templates: RegExp[] = [];
  for (const file of [...sourceFiles(join(root, "app")), ...sourceFiles(join(root, "server"))]) {
    const text = readFileSync(file, "utf8");
    if (text.includes("defineMessages(")) continue;
    // A feature's name may have a hyphen, as in the task name "network-map.import".
    for (const [, , literal] of text.matchAll(/(["'`])([A-Za-z][\w-]*(?:\.[\w-]+)+)\1/g)) literals.add(literal);
    for (const [, , word] of text.matchAll(/(["'`])([\w-]+)\1/g)) words.add(word);
    for (const [, template] of text.matchAll(/`([A-Za-z]\w*\.(?:[^`$\\]|\$\{[^}`]*\})*)`/g))
      if (template.includes("${"))
        templates.push(
          new RegExp(
            `^${template
              .split(/\$\{[^}]*\}/)
              .map(escape)
              .join("([\\w.-]+)")}$`,
          ),
        );
  }
  return { literals, words, templates };
}

describe("message keys", () => {
  const { literals, words, templates } = readSource();
  const isCode = (part: string) => /^\d+$/.test(part) || words.has(part);

  function isUsed(key: string): boolean {
    if (literals.has(key)) return true;
    const list = codeLists.find(([prefix]) => key.startsWith(`${prefix}.`));
    if (list) return list[1].includes(key.slice(list[0].length + 1));
    const prefix = dynamicPrefixes.find((p) => key.startsWith(`${p}.`));
    if (prefix && isCode(key.slice(prefix.length + 1))) return true;
    // A code may itself be dotted, as job task names are ("mail.deliver").
    return templates.some((template) =>
      template
        .exec(key)
        ?.slice(1)
        .every((code) => isCode(code) || literals.has(code)),
    );
  }

  it("are each used by the source", () => {
    expect(Object.keys(messagesOf("fi")).filter((key) => !isUsed(key))).toEqual([]);
  });

  it("label every code of the code lists that the source does not spell out", () => {
    for (const [prefix, codes] of codeLists)
      for (const code of codes) expect(Object.hasOwn(messagesOf("fi"), `${prefix}.${code}`), `${prefix}.${code}`).toBe(true);
  });

  it("are built from the dynamic prefixes somewhere, so the allowance is not stale", () => {
    for (const prefix of dynamicPrefixes) expect(literals.has(prefix), prefix).toBe(true);
  });

  it("are each defined by one message source only (composing throws on a key defined twice)", () => {
    expect(() => composeMessages(messageSources)).not.toThrow();
    expect(() => composeMessages([...messageSources, messageSources[0]])).toThrow(/defined by two message sources/);
  });
});
