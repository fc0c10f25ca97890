import { pool } from "../app/kit/db/db.server";
import { parseMapSearch } from "../app/network-map/search-params";
import { searchMap } from "../app/network-map/search.server";

interface Statement {
  text: string;
  values: unknown[];
}

/** Runs one search while recording the SQL it sends (drizzle goes through the pool's `query`). */
async function captureStatements(query: string): Promise<Statement[]> {
  const parsed = parseMapSearch(new URLSearchParams(query));
  if (!parsed.ok) throw new Error(`The query ${query} does not parse`);
  const target = pool();
  const original = target.query;
  const statements: Statement[] = [];
  target.query = ((config: unknown, values?: unknown) => {
    if (typeof config === "string") statements.push({ text: config, values: (values as unknown[]) ?? [] });
    else if (config && typeof config === "object" && "text" in config) {
      const c = config as { text: string; values?: unknown[] };
      statements.push({ text: c.text, values: c.values ?? (values as unknown[]) ?? [] });
    }
    return (original as (...a: unknown[]) => unknown).call(target, config, values);
  }) as typeof target.query;
  try {
    await searchMap(parsed.search);
  } finally {
    target.query = original;
  }
  return statements;
}

/** EXPLAIN (ANALYZE, BUFFERS) of every statement one search runs, slowest first. */
export async function explainSearch(query: string): Promise<string> {
  const statements = await captureStatements(query);
  const plans: { ms: number; text: string }[] = [];
  for (const statement of statements) {
    const { rows } = await pool().query(`explain (analyze, buffers) ${statement.text}`, statement.values);
    const plan = rows.map((r: Record<string, string>) => r["QUERY PLAN"]).join("\n");
    const ms = Number(/Execution Time: ([\d.]+) ms/.exec(plan)?.[1] ?? 0);
    const shortSql = statement.text.replace(/\s+/g, " ").slice(0, 300);
    plans.push({ ms, text: `-- ${ms.toFixed(1)} ms: ${shortSql}…\n${plan}` });
  }
  plans.sort((a, b) => b.ms - a.ms);
  return `== EXPLAIN ${query} (${statements.length} statements) ==\n${plans.map((p) => p.text).join("\n\n")}`;
}
