import { eq } from "drizzle-orm";
import { editConflict } from "~/audit/public.server";
import type { CurrentUser } from "../../kit/permissions/roles";
import { InvalidInput, requirePermission } from "../../kit/validation/errors";
import { parseInput } from "../../kit/validation/fields";
import { visitLogInput, type VisitLogInput } from "../inputs";
import { canRecordVisitLog } from "../permissions";
import { mobilePointVisitLog } from "../schema.server";
import { audited, inTransaction, lockedVisit, ownCardOrganizations, type Transaction } from "./shared.server";

/**
 * Records how many came to a visit and what they asked about, once the visit has begun; a second
 * save changes the record if it still has the version the form was loaded with.
 */
export async function recordVisitLog(caller: CurrentUser, visitId: string, raw: VisitLogInput, executor?: Transaction, now = new Date()): Promise<number> {
  const input = parseInput(visitLogInput, raw);
  return inTransaction(executor, async (tx) => {
    const { visit, scope } = await lockedVisit(tx, visitId);
    requirePermission(canRecordVisitLog(caller, scope, await ownCardOrganizations(tx, caller)), `record the log of visit ${visitId}`);
    if (visit.status === "cancelled") throw new InvalidInput([{ path: "_", key: "mobilePoints.validation.cancelled" }]);
    if (visit.startsAt > now) throw new InvalidInput([{ path: "visitors", key: "mobilePoints.validation.notYet" }]);
    const [before] = await tx.select().from(mobilePointVisitLog).where(eq(mobilePointVisitLog.visitId, visitId));
    const row = { visitors: input.visitors, topics: input.topics };
    const conflict = () => editConflict(tx, "mobile_point_visit_log", [visitId], `log of visit ${visitId}`);
    if (!before) {
      if (input.version !== undefined) throw await conflict();
      await tx.insert(mobilePointVisitLog).values({ visitId, ...row });
      await audited(tx, caller, "mobile_point_visit_log", visitId, "create", null, row);
      return 1;
    }
    if (input.version !== undefined && input.version !== before.version) throw await conflict();
    const [saved] = await tx
      .update(mobilePointVisitLog)
      .set({ ...row, recordedAt: new Date(), version: before.version + 1 })
      .where(eq(mobilePointVisitLog.visitId, visitId))
      .returning({ version: mobilePointVisitLog.version });
    await audited(tx, caller, "mobile_point_visit_log", visitId, "update", { visitors: before.visitors, topics: before.topics }, row);
    return saved.version;
  });
}
