import { z } from "zod";
import type { MessageKey } from "../i18n/catalogue";
import { parseMonth } from "../dates/months";
import { issueMessage } from "./fields";

/** An optional month typed as Finns write it ("3/2026"), as "2026-03"; `badMonth` is the feature's message for anything else. */
export const optionalMonth = (badMonth: MessageKey) =>
  z
    .string()
    .optional()
    .transform((v, context) => {
      if (!v?.trim()) return undefined;
      const parsed = parseMonth(v);
      if (!parsed) context.addIssue({ code: "custom", message: issueMessage(badMonth) });
      return parsed ?? undefined;
    });
