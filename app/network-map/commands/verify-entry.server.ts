import { eq } from "drizzle-orm";
import type { CurrentUser } from "../../kit/permissions/roles";
import { recordChange } from "~/audit/public.server";
import { db } from "../../kit/db/db.server";
import { canEditPractitioner, canManageOrganization } from "../permissions";
import { organization, practitioner, service, servicePoint } from "../schema.server";
import { actorOf, organizationScope } from "./shared.server";
import { NotFound, requirePermission } from "../../kit/validation/errors";

export const verifiableKinds = ["organization", "service_point", "service", "practitioner"] as const;
export type VerifiableKind = (typeof verifiableKinds)[number];

const tables = { organization, service_point: servicePoint, service, practitioner } as const;

/** Confirms that an entry is still correct: its "last verified" date becomes today. */
export async function verifyEntry(caller: CurrentUser, kind: VerifiableKind, id: string): Promise<void> {
  await db().transaction(async (tx) => {
    const table = tables[kind];
    const [row] = await tx.select().from(table).where(eq(table.id, id));
    if (!row) throw new NotFound(`${kind} ${id}`);
    const organizationId = "organizationId" in row ? row.organizationId : row.id;
    const scope = await organizationScope(tx, organizationId);
    if (!scope) throw new NotFound(`organization ${organizationId}`);
    const allowed = kind === "practitioner" ? canEditPractitioner(caller, { id, organization: scope }) : canManageOrganization(caller, scope);
    requirePermission(allowed, `verify ${kind} ${id}`);
    const verifiedAt = new Date();
    await tx.update(table).set({ lastVerifiedAt: verifiedAt }).where(eq(table.id, id));
    await recordChange(tx, {
      actor: actorOf(caller),
      entityType: kind,
      entityId: id,
      action: "verify",
      before: { lastVerifiedAt: row.lastVerifiedAt },
      after: { lastVerifiedAt: verifiedAt },
    });
  });
}
