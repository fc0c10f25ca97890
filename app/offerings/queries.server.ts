import { sql } from "drizzle-orm";
import { db } from "../kit/db/db.server";
import type { LocalizedText } from "./code-lists";
import { offeringColumns, type OfferingSummary } from "./search.server";
import { isUuid } from "../kit/validation/uuid";

export type OfferingDetails = OfferingSummary & {
  durationValue: number | null;
  durationUnit: string | null;
  costDescription: LocalizedText;
  fundingForms: string[];
  targetGroups: string[];
  website: string | null;
  organizationWebsite: string | null;
  applicationUrl: string | null;
  organizationEmail: string | null;
  organizationPhone: string | null;
};

/** Offerings by id, in the order of the ids; unknown ids are left out. */
export async function offeringsById(ids: string[]): Promise<OfferingDetails[]> {
  const valid = ids.filter(isUuid);
  if (valid.length === 0) return [];
  const { rows } = await db().execute<OfferingDetails>(sql`
    select ${offeringColumns}, o.duration_value as "durationValue", o.duration_unit as "durationUnit",
      o.cost_description as "costDescription", o.funding_forms as "fundingForms", o.target_groups as "targetGroups",
      o.website, org.website as "organizationWebsite", o.application_url as "applicationUrl",
      org.email as "organizationEmail", org.phone as "organizationPhone"
    from offering o join organization org on org.id = o.organization_id
    where o.id in (${sql.join(
      valid.map((id) => sql`${id}::uuid`),
      sql`, `,
    )})`);
  const byId = new Map(rows.map((r) => [r.id, r]));
  return valid.map((id) => byId.get(id)).filter((r): r is OfferingDetails => !!r);
}

export async function offeringById(id: string): Promise<OfferingDetails | null> {
  return (await offeringsById([id]))[0] ?? null;
}
