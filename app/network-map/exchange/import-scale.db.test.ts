import { and, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { aServicesFile } from "../../../tests/support/import-files";
import { db } from "../../kit/db/db.server";
import { service } from "../schema.server";
import { importFile } from "./import-file.server";
import { importCsv, importSpec } from "./import.server";
import { importLimits } from "./columns";

const servicesOf = async (organizationId: string) =>
  (await db().select({ id: service.id }).from(service).where(eq(service.organizationId, organizationId))).length;
const documentsOf = async (organizationId: string) =>
  (
    await db().execute<{ count: number }>(
      sql`select count(*)::int as count from search_document where organization_id = ${organizationId} and entity_type = 'service'`,
    )
  ).rows[0].count;

describe("large imports", { timeout: 600_000 }, () => {
  it("refuses a file of more rows than the limit (10,000) before writing anything", async () => {
    expect(importLimits.maxRows).toBe(10_000);
    const { org, contactPerson, bytes } = await aServicesFile(importLimits.maxRows + 1);
    expect(await importCsv(contactPerson, "services", bytes)).toEqual({
      ok: false,
      fileIssues: [{ column: "_", key: "exchange.tooManyRows", values: { max: 10_000 } }],
      rows: [],
    });
    expect(await servicesOf(org.id)).toBe(0);
  });

  // 10,000 rows are timed in `npm run bench` (bench/imports.ts); 2,000 keep the test run short.
  it("imports 2,000 rows, each in the search index once the file is in", async () => {
    const { org, contactPerson, bytes } = await aServicesFile(2000);
    expect(await importCsv(contactPerson, "services", bytes)).toEqual({ ok: true, created: 2000, updated: 0, unchanged: 0 });
    expect(await servicesOf(org.id)).toBe(2000);
    expect(await documentsOf(org.id)).toBe(2000);
    const lastRows = await db()
      .select({ id: service.id })
      .from(service)
      .where(and(eq(service.organizationId, org.id), sql`${service.name}->>'fi' = 'Palvelu 2000'`));
    expect(lastRows).toHaveLength(1);
  });

  it("stops when the client goes away and writes nothing, not even the rows before", async () => {
    const { org, contactPerson, bytes } = await aServicesFile(200);
    const indexed = await documentsOf(org.id);
    const client = new AbortController();
    const spec = importSpec(contactPerson, "services");
    let rows = 0;
    const result = await importFile(
      bytes,
      {
        ...spec,
        importRows: async (tx, records) => {
          const outcomes = await spec.importRows(tx, records);
          rows += records.length;
          // The client closes the page in the middle of the file (after the first batch of 100).
          client.abort();
          return outcomes;
        },
      },
      client.signal,
    );
    expect(result).toEqual({ ok: false, fileIssues: [{ column: "_", key: "exchange.aborted", values: undefined }], rows: [] });
    expect(rows).toBe(100);
    expect(await servicesOf(org.id)).toBe(0);
    expect(await documentsOf(org.id)).toBe(indexed);
  });
});
