import { CsvError, parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import { neutralizeCell, restoreCell } from "../../kit/csv/formula-cells";
import type { CsvRecord } from "./columns";

export type CsvReadResult =
  | { ok: true; header: string[]; rows: { line: number; values: string[] }[]; delimiter: ";" | "," }
  | { ok: false; problem: "notUtf8" | "empty" | "malformed"; line?: number };

/**
 * Spreadsheet programs in Finland write `;` (the decimal separator is a comma), others `,`:
 * whichever occurs more often in the header line outside quotes wins.
 */
export function detectDelimiter(text: string): ";" | "," {
  let semicolons = 0;
  let commas = 0;
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === "\n" || char === "\r")) break;
    else if (!quoted && char === ";") semicolons++;
    else if (!quoted && char === ",") commas++;
  }
  return semicolons >= commas && semicolons > 0 ? ";" : ",";
}

/** Reads UTF-8 CSV bytes (a byte order mark is allowed) into a header and rows with their line numbers. */
export function readCsv(bytes: Uint8Array): CsvReadResult {
  let text: string;
  try {
    // fatal: a file saved in another encoding (e.g. Windows-1252 from old Excel) is refused, not garbled.
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return { ok: false, problem: "notUtf8" };
  }
  if (text.trim() === "") return { ok: false, problem: "empty" };
  const delimiter = detectDelimiter(text);
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, { delimiter, bom: true, info: true, relax_column_count: true, skip_empty_lines: true }) as unknown as typeof records;
  } catch (error) {
    if (error instanceof CsvError) return { ok: false, problem: "malformed", line: (error as CsvError & { lines?: number }).lines };
    throw error;
  }
  if (records.length === 0) return { ok: false, problem: "empty" };
  const [header, ...rows] = records;
  return {
    ok: true,
    delimiter,
    header: header.record.map((name) => name.trim()),
    // The export's guard against formulas (decision 0181) is undone here, so an export imports back unchanged.
    rows: rows.map((r) => ({ line: r.info.lines, values: r.record.map(restoreCell) })),
  };
}

/**
 * CSV text with a header row, `;`-separated as Finnish Excel expects, with a BOM so Excel reads UTF-8;
 * a cell that a spreadsheet would run as a formula is written as text (decision 0181).
 */
export function writeCsv(columnNames: string[], records: CsvRecord[]): string {
  return (
    "\uFEFF" +
    stringify([columnNames, ...records.map((r) => columnNames.map((name) => neutralizeCell(r[name] ?? "")))], {
      delimiter: ";",
      record_delimiter: "\r\n",
    })
  );
}
