import { z } from "zod";
import { describe, expect, it } from "vitest";
import { translator } from "../i18n/catalogue";
import { InvalidInput } from "./errors";
import { dateField, optionalDateField, timeField } from "./date-fields";
import { parseInput, translateIssues } from "./fields";

// Label keys of real fields: the catalogue the tests install has them.
const schema = z.object({
  startDate: dateField("workOfferings.startDate"),
  applicationEnd: optionalDateField("workOfferings.applicationEnd"),
  startTime: timeField("meetings.startTime"),
});

function errorsOf(input: unknown, lang: "fi" | "sv" | "en" = "fi"): Record<string, string> {
  try {
    parseInput(schema, input);
  } catch (error) {
    if (error instanceof InvalidInput) return translateIssues(error.issues, translator(lang));
    throw error;
  }
  return {};
}

describe("date and time fields", () => {
  it("read Finnish and ISO input into ISO values", () => {
    expect(schema.parse({ startDate: "15.2.2027", applicationEnd: "2027-03-01", startTime: "9.00" })).toEqual({
      startDate: "2027-02-15",
      applicationEnd: "2027-03-01",
      startTime: "09:00",
    });
    expect(schema.parse({ startDate: " 2027-02-15 ", applicationEnd: "", startTime: "13:30" })).toEqual({
      startDate: "2027-02-15",
      applicationEnd: undefined,
      startTime: "13:30",
    });
    expect(schema.parse({ startDate: "1.3.", startTime: "9" }).startDate).toMatch(/^\d{4}-03-01$/);
  });

  it("name the field they refuse, in the user's language", () => {
    expect(errorsOf({ startDate: "31.2.2027", applicationEnd: "huomenna", startTime: "25.00" })).toEqual({
      startDate: "Alkamispäivä: tätä päivää ei ole kalenterissa. Anna päivämäärä muodossa 15.2.2027.",
      applicationEnd: "Haku päättyy: anna päivämäärä muodossa 15.2.2027.",
      startTime: "Alkaa: anna kellonaika muodossa 9.00 tai 13.30.",
    });
    expect(errorsOf({ startDate: "", startTime: "9.60" }, "sv")).toEqual({
      startDate: "Startdatum: ange datumet i formen 15.2.2027.",
      startTime: expect.stringMatching(/: ange klockslaget i formen 9\.00 eller 13\.30\.$/),
    });
    expect(errorsOf({ startTime: "9" }, "en").startDate).toBe("Start date: give the date as day.month.year, for example 15.2.2027.");
  });
});
