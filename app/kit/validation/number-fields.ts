import { z } from "zod";
import { issueMessage } from "./fields";

/**
 * Reads a number as people in Finland type it: spaces (also no-break and narrow no-break ones) or
 * dots as thousands separators, a comma or a dot for decimals, an optional euro sign: "1 234,50 €",
 * "1.234,50", "1234.5". Returns null for anything else.
 */
export function parseFinnishNumber(text: string): number | null {
  let cleaned = text
    .trim()
    .replace(/\s*(?:€|eur|euroa)$/i, "")
    .replace(/[\s\u00a0\u202f]/g, "");
  if (cleaned === "") return null;
  // "1.234,50": dots before a decimal comma group thousands.
  if (cleaned.includes(",") && /^-?\d{1,3}(\.\d{3})+,\d+$/.test(cleaned)) cleaned = cleaned.replace(/\./g, "");
  // "1.234.567" with no comma: only thousands.
  else if (/^-?\d{1,3}(\.\d{3}){2,}$/.test(cleaned)) cleaned = cleaned.replace(/\./g, "");
  cleaned = cleaned.replace(",", ".");
  if (!/^-?\d+(\.\d+)?$/.test(cleaned)) return null;
  const value = Number(cleaned);
  return Number.isFinite(value) ? value : null;
}

/** A sum of euros, rounded to cents and kept as whole cents; empty is undefined. */
export const optionalEuroCents = (max = 1_000_000_000) =>
  z
    .union([z.string(), z.number()], { message: issueMessage("validation.number") })
    .optional()
    .transform((raw, ctx) => {
      if (raw === undefined || (typeof raw === "string" && raw.trim() === "")) return undefined;
      const value = typeof raw === "number" ? raw : parseFinnishNumber(raw);
      if (value === null || value < 0 || value > max) {
        ctx.addIssue({ code: "custom", message: issueMessage("validation.number") });
        return z.NEVER;
      }
      return Math.round(value * 100);
    });

/** A whole count (0 or more) typed with or without thousands spaces; empty is undefined. */
export const optionalCount = (max = 10_000_000) =>
  z
    .union([z.string(), z.number()], { message: issueMessage("validation.number") })
    .optional()
    .transform((raw, ctx) => {
      if (raw === undefined || (typeof raw === "string" && raw.trim() === "")) return undefined;
      const value = typeof raw === "number" ? raw : parseFinnishNumber(raw);
      if (value === null || !Number.isInteger(value) || value < 0 || value > max) {
        ctx.addIssue({ code: "custom", message: issueMessage("validation.number") });
        return z.NEVER;
      }
      return value;
    });
