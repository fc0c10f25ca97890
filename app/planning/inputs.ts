import { z } from "zod";
import { editVersion } from "../kit/validation/version";
import { dateField, optionalDateField } from "../kit/validation/date-fields";
import { code, codes, issueMessage, limits, optionalText, requiredText, uuid } from "../kit/validation/fields";
import { actionStatuses, communicationChannels, developmentThemes, dimensions, strategicGoals } from "./codes";

// Keys outside "validation." travel as JSON, the form issuesFromZod reads.

export const regionCode = z
  .string({ message: issueMessage("validation.required") })
  .regex(/^maakunta_\d{2}$/, { message: issueMessage("validation.unknownCode") });
export const planYear = z.coerce
  .number({ message: issueMessage("planning.validation.year") })
  .int({ message: issueMessage("planning.validation.year") })
  .min(2000, { message: issueMessage("planning.validation.year") })
  .max(2100, { message: issueMessage("planning.validation.year") });

export const planInput = z.object({
  /** 0 from the form that creates the plan: a plan saved meanwhile makes it stale. */
  version: editVersion,
  regionCode,
  year: planYear,
  summary: optionalText(limits.longText),
});
export type PlanInput = z.input<typeof planInput>;

export const goalInput = z
  .object({
    version: editVersion,
    title: requiredText(),
    description: optionalText(limits.longText),
    strategicGoals: codes(strategicGoals),
    themes: codes(developmentThemes),
  })
  .refine((g) => g.strategicGoals.length > 0, { message: issueMessage("planning.validation.strategicGoal"), path: ["strategicGoals"] });
export type GoalInput = z.input<typeof goalInput>;

const percent = z
  .union([z.number(), z.string()])
  .optional()
  .transform((v) => (v === undefined || v === "" ? undefined : Number(String(v).trim())))
  .pipe(
    z
      .number({ message: issueMessage("planning.validation.percent") })
      .int({ message: issueMessage("planning.validation.percent") })
      .min(0, { message: issueMessage("planning.validation.percent") })
      .max(100, { message: issueMessage("planning.validation.percent") })
      .optional(),
  );

/** The action's version comes with its status fields, in the status form and in the whole action's form. */
export const statusInput = z.object({
  version: editVersion,
  status: code(actionStatuses),
  percent,
  statusNote: optionalText(limits.longText),
});
export type StatusInput = z.input<typeof statusInput>;

export const actionInput = z
  .object({
    title: requiredText(),
    ownerOrganizationIds: z
      .array(uuid)
      .max(50)
      .transform((v) => [...new Set(v)]),
    deadline: optionalDateField("plan.deadline"),
    indicator: optionalText(limits.longText),
  })
  .and(statusInput)
  .refine((a) => a.ownerOrganizationIds.length > 0, { message: issueMessage("planning.validation.owner"), path: ["ownerOrganizationIds"] });
export type ActionInput = z.input<typeof actionInput>;

export const communicationInput = z.object({
  version: editVersion,
  targetGroup: requiredText(),
  months: z
    .array(
      z.coerce
        .number({ message: issueMessage("validation.invalid") })
        .int({ message: issueMessage("validation.invalid") })
        .min(1, { message: issueMessage("validation.invalid") })
        .max(12, { message: issueMessage("validation.invalid") }),
    )
    .max(12)
    .transform((v) => [...new Set(v)].sort((a, b) => a - b))
    .refine((v) => v.length > 0, { message: issueMessage("planning.validation.month") }),
  timing: optionalText(),
  channel: code(communicationChannels),
  responsible: requiredText(),
  content: requiredText(limits.longText),
  aim: optionalText(limits.longText),
});
export type CommunicationInput = z.input<typeof communicationInput>;

export const reviewInput = z.object({
  reviewedOn: dateField("comm.reviewedOn"),
  reviewNote: optionalText(),
  /** A held meeting of one of the region's groups, optional. */
  reviewedAtMeetingId: uuid.optional(),
});
export type ReviewInput = z.input<typeof reviewInput>;

const stage = z.coerce
  .number({ message: issueMessage("planning.validation.stage") })
  .int({ message: issueMessage("planning.validation.stage") })
  .min(1, { message: issueMessage("planning.validation.stage") })
  .max(3, { message: issueMessage("planning.validation.stage") });

export const answerInput = z.object({
  /** 0 when the person had no answer yet: one saved meanwhile (another tab) makes the form stale. */
  version: editVersion,
  stages: z.object(Object.fromEntries(dimensions.map((d) => [d, stage])) as Record<(typeof dimensions)[number], typeof stage>),
  comments: z.object(
    Object.fromEntries(dimensions.map((d) => [d, optionalText(limits.longText)])) as Record<(typeof dimensions)[number], ReturnType<typeof optionalText>>,
  ),
});
export type AnswerInput = z.input<typeof answerInput>;
