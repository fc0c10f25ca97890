import { z } from "zod";
import { optionalMonth } from "../kit/validation/month-field";
import { issueMessage, optionalText } from "../kit/validation/fields";

/** What a satisfaction answer is counted under (decision 0202). */
export const satisfactionKinds = ["booking", "contact_request", "referral", "mobile_visit", "chat"] as const;
export type SatisfactionKind = (typeof satisfactionKinds)[number];

/** How many of the newest comments the results page shows. */
export const commentsShown = 50;

export const satisfactionLimits = { comment: 500 } as const;

/** The scale's values, worst first: the form lists them in this order. */
export const satisfactionScores = [1, 2, 3, 4, 5] as const;

export const satisfactionAnswerInput = z.object({
  score: z.coerce
    .number({ message: issueMessage("satisfaction.scoreRequired") })
    .int({ message: issueMessage("satisfaction.scoreRequired") })
    .min(1, { message: issueMessage("satisfaction.scoreRequired") })
    .max(5, { message: issueMessage("satisfaction.scoreRequired") }),
  comment: optionalText(satisfactionLimits.comment),
});
export type SatisfactionAnswerInput = z.input<typeof satisfactionAnswerInput>;

const month = optionalMonth("satisfaction.badMonth");

/** The results page's period, in whole months; the page fills in the last twelve when none is given. */
export const resultsFilters = z
  .object({ from: month, to: month })
  .refine((v) => !v.from || !v.to || v.from <= v.to, { message: issueMessage("satisfaction.badPeriod"), path: ["to"] });
