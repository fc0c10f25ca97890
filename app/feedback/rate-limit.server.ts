import { defineRateLimit } from "~/kit/rate-limit/rate-limit.server";

/** Feedback posts from one address (decision 0177): plenty for a person, little for a spammer. */
export const feedbackPosts = defineRateLimit("feedback", { address: { points: 10, windowSeconds: 60 * 60 } });
