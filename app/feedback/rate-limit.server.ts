import { defineRateLimit } from "~/kit/rate-limit/rate-limit.server";

/** Feedback posts from one address (decision 0177): plenty for a person, little for a spammer. */
export const feedbackPosts = defineRateLimit("feedback", { address: { points: 10, windowSeconds: 60 * 60 } });

/** Satisfaction answers from one address: a visit's shared code may be answered on one network, so more. */
export const satisfactionPosts = defineRateLimit("satisfaction", { address: { points: 60, windowSeconds: 60 * 60 } });
