import { inviteToRate, satisfactionQuestionOpen } from "~/feedback/public.server";
import type { Language } from "../../kit/i18n/languages";
import type { CurrentUser } from "../../kit/permissions/roles";
import { signedSecretToken } from "../../kit/secret-token.server";
import { InvalidInput, requirePermission } from "../../kit/validation/errors";
import { canRecordVisitLog } from "../permissions";
import { audited, inTransaction, lockedVisit, ownCardOrganizations, type Transaction } from "./shared.server";

/** Answers one visit's shared question takes: everyone who came, with room to spare. */
export const visitQuestionUses = 500;
/** Days the question stays open after it is opened: visitors may answer at home. */
export const visitQuestionDays = 14;

/** The shared question of a visit: derived from its id, so the visit's page can show it again for printing (decision 0214). */
const visitQuestionToken = (visitId: string) => signedSecretToken("satisfaction:mobile-visit", visitId);

/** The question's path in a language, when it is open; null otherwise. */
export async function visitQuestionPath(visitId: string, lang: Language): Promise<string | null> {
  const token = visitQuestionToken(visitId);
  return (await satisfactionQuestionOpen(token)) ? `/${lang}/satisfaction/${token}` : null;
}

/**
 * Opens the one satisfaction question for a visit's visitors: one link (or its QR code) shown or
 * printed at the visit, answered by many, counted under the first organisation on board. Opening it
 * again changes nothing. Those who may record the visit's log may open it.
 */
export async function openVisitQuestion(caller: CurrentUser, visitId: string, executor?: Transaction, now = new Date()): Promise<void> {
  await inTransaction(executor, async (tx) => {
    const { visit, scope } = await lockedVisit(tx, visitId);
    requirePermission(canRecordVisitLog(caller, scope, await ownCardOrganizations(tx, caller)), `open the question of visit ${visitId}`);
    if (visit.status === "cancelled") throw new InvalidInput([{ path: "_", key: "mobilePoints.validation.cancelled" }]);
    const organizationId = visit.organizationIds[0] ?? scope.organizationIds[0];
    await inviteToRate(
      tx,
      {
        kind: "mobile_visit",
        organizationId,
        channel: "mobile_point",
        language: "fi",
        uses: visitQuestionUses,
        days: visitQuestionDays,
        token: visitQuestionToken(visitId),
      },
      now,
    );
    await audited(tx, caller, "mobile_point_visit", visitId, "update", null, { satisfactionQuestionUses: visitQuestionUses });
  });
}
