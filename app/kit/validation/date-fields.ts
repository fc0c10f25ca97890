import { z } from "zod";
import type { MessageKey } from "../i18n/catalogue";
import { parseFinnishDate, parseFinnishTime } from "../dates/finnish-input";
import { blankToUndefined, issueMessage } from "./fields";

// A module of its own, so that the browser chunk of the other fields, which some public pages load,
// does not carry the Temporal polyfill.

/**
 * A day as people in Finland type it ("15.2.2027", "15.2." for this year, or ISO "2027-02-15"; see
 * dates/finnish-input.ts), read into an ISO date. `field` is the key of the field's label: the error
 * names the field ("Alkamispäivä: anna päivämäärä muodossa 15.2.2027.").
 */
export const dateField = (field: MessageKey) =>
  z.string({ message: issueMessage("dates.validation.date", { field }) }).transform((text, ctx) => {
    const parsed = parseFinnishDate(text);
    if ("date" in parsed) return parsed.date;
    // Not fatal: the form's other checks still run and report their problems in the same answer.
    ctx.addIssue({
      code: "custom",
      message: issueMessage(parsed.problem === "noSuchDay" ? "dates.validation.noSuchDay" : "dates.validation.date", { field }),
      continue: true,
    });
    return text;
  });

/** A day, or nothing when left empty. */
export const optionalDateField = (field: MessageKey) => blankToUndefined.pipe(dateField(field).optional());

/** A time of day as people in Finland type it ("9", "9.00", "9:00", "13.30"), read into "09:00". */
export const timeField = (field: MessageKey) =>
  z.string({ message: issueMessage("dates.validation.time", { field }) }).transform((text, ctx) => {
    const time = parseFinnishTime(text);
    if (time) return time;
    // Fatal: a check comparing two times would have nothing to compare.
    ctx.addIssue({ code: "custom", message: issueMessage("dates.validation.time", { field }) });
    return z.NEVER;
  });
