import { eq } from "drizzle-orm";
import { db } from "../../app/kit/db/db.server";
import { exportCsv, exportRecords, exportScope } from "../../app/network-map/exchange/export.server";
import { service } from "../../app/network-map/schema.server";
import { aService, anOrganization, userWith } from "./fixtures";

/** A services CSV file of `rows` new services of a fresh organisation, made from one exported service, and its contact person. */
export async function aServicesFile(rows: number) {
  const org = await anOrganization();
  const model = await aService(org.id);
  const contactPerson = userWith({ role: "contact_person", organizationId: org.id });
  const [record] = await exportRecords(contactPerson, "services", exportScope(contactPerson, null)!);
  await db().delete(service).where(eq(service.id, model));
  const records = Array.from({ length: rows }, (_, i) => ({ ...record, id: "", name_fi: `Palvelu ${i + 1}` }));
  return { org, contactPerson, bytes: new TextEncoder().encode(exportCsv("services", records)) };
}
