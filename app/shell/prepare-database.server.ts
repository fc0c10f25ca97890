// Demo data goes through the features' commands: connect the features first.
import "./install.server";
import { sql } from "drizzle-orm";
import { loadAccessibilityStatement } from "../content-pages/load-statement.server";
import { loadReferenceData } from "../reference/load-reference-data.server";
import { connect } from "../kit/db/db.server";
import { migrateDatabase } from "../kit/db/migrate.server";
import { migrateJobs } from "../jobs/runner.server";
import { analyseLexicon } from "../kit/search/lexicon-terms.server";

/**
 * Brings a database up to date: Elo's migrations, the job runner's schema (commands queue jobs, so
 * it comes before any data), reference data, the accessibility statement and (optionally) the demo data.
 * Search words indexed before Finnish analysis existed get it last.
 */
export async function prepareDatabase(url: string, options: { demoData: boolean }): Promise<void> {
  await migrateDatabase(url);
  await migrateJobs(url);
  const { db, pool } = connect(url);
  try {
    await loadReferenceData(db);
    await loadAccessibilityStatement(db);
    if (options.demoData) {
      const [{ count }] = (await db.execute(sql`select count(*)::int as count from organization`)).rows as {
        count: number;
      }[];
      if (count === 0) {
        const { loadDemoData } = await import("../demo/load-demo-data.server");
        await loadDemoData(db);
        console.log("Loaded the demo data.");
      }
    }
    await analyseLexicon(db);
  } finally {
    await pool.end();
  }
}
