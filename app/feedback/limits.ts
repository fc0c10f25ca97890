/** Lengths of feedback fields. Kept apart from the zod schemas so that public pages' JavaScript need not carry zod. */
export const feedbackLimits = { message: 4000, reply: 4000, path: 300, returnTo: 1000 } as const;
