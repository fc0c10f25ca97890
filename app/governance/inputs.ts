import { z } from "zod";
import { editVersion } from "../kit/validation/version";
import { addDays } from "../kit/dates/calendar";
import { dateField, optionalDateField } from "../kit/validation/date-fields";
import { code, issueMessage, limits, localizedText, uuid } from "../kit/validation/fields";

export const groupTypes = ["cooperation", "coordination", "area", "working"] as const;
export type GroupType = (typeof groupTypes)[number];
export const positions = ["chair", "vice_chair", "secretary", "member", "deputy"] as const;
export type Position = (typeof positions)[number];

// Keys outside "validation." travel as JSON, the form issuesFromZod reads.
export const groupInput = z
  .object({
    version: editVersion,
    regionCode: z.string({ message: issueMessage("validation.required") }).regex(/^maakunta_\d{2}$/, { message: issueMessage("validation.unknownCode") }),
    type: code(groupTypes),
    name: localizedText({ required: true }),
    description: localizedText({ max: limits.longText }),
    parentId: uuid.optional(),
    municipalityCodes: z
      .array(z.string().max(20))
      .max(100)
      .default([])
      .transform((v) => [...new Set(v)]),
    endsOn: optionalDateField("group.endsOnField"),
  })
  // An area group names its municipalities; only a working group may be ad hoc with an end date.
  .refine((g) => g.type !== "area" || g.municipalityCodes.length > 0, { message: issueMessage("validation.required"), path: ["municipalityCodes"] })
  .refine((g) => g.type === "working" || !g.endsOn, { message: issueMessage("governance.validation.endOnlyWorking"), path: ["endsOn"] });
export type GroupInput = z.input<typeof groupInput>;

export const membershipInput = z
  .object({
    version: editVersion,
    organizationId: uuid,
    practitionerId: uuid.optional(),
    position: code(positions),
    startsOn: dateField("group.startsOn"),
    endsOn: optionalDateField("group.endsOnMember"),
  })
  .refine((m) => !m.endsOn || m.endsOn >= m.startsOn, { message: issueMessage("governance.validation.endBeforeStart"), path: ["endsOn"] });
export type MembershipInput = z.input<typeof membershipInput>;

export const agreementInput = z.object({
  regionCode: z.string({ message: issueMessage("validation.required") }).regex(/^maakunta_\d{2}$/, { message: issueMessage("validation.unknownCode") }),
  body: localizedText({ required: true, max: 50_000 }),
  expiresOn: optionalDateField("agreement.expiresField"),
});
export type AgreementInput = z.input<typeof agreementInput>;

// The membership rules live in membership.ts; re-exported for the modules that import it from here.
export { isCurrent } from "./membership";

/** Whether two periods share at least one day; an open end is "until further notice". */
export const periodsOverlap = (a: { startsOn: string; endsOn?: string | null }, b: { startsOn: string; endsOn?: string | null }) =>
  (!a.endsOn || a.endsOn >= b.startsOn) && (!b.endsOn || b.endsOn >= a.startsOn);

export type ExpiryState = "valid" | "expiresSoon" | "expired" | "none";
/** "Expires soon" is within 60 days, so that there is time to renew before the end. */
export function expiryState(expiresOn: string | null, today: string): ExpiryState {
  if (!expiresOn) return "none";
  if (expiresOn < today) return "expired";
  return expiresOn <= addDays(today, 60) ? "expiresSoon" : "valid";
}
