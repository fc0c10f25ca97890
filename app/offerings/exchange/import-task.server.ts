import { defineImportTask } from "~/network-map/public.server";
import { offeringImportSpec } from "./exchange.server";

/** The offerings' CSV import of a large file, run as a job (decision 0183). */
export const offeringImportTask = defineImportTask("offerings.import", (caller) => offeringImportSpec(caller));
