import { isExchangeKind } from "./columns";
import { importSpec } from "./import.server";
import { defineImportTask } from "./runs.server";

/** The network map's CSV import of a large file, run as a job (decision 0183). */
export const networkMapImportTask = defineImportTask("network-map.import", (caller, kind) => {
  if (!isExchangeKind(kind)) throw new Error(`Not a network map import: ${kind}`);
  return importSpec(caller, kind);
});
