import { describe, expect, it } from "vitest";
import { parseFinnishDate, parseFinnishTime } from "./finnish-input";

const today = "2026-11-20";
const date = (text: string) => parseFinnishDate(text, today);

describe("parseFinnishDate", () => {
  it("reads the Finnish form, with or without leading zeros", () => {
    expect(date("15.2.2027")).toEqual({ date: "2027-02-15" });
    expect(date("05.02.2027")).toEqual({ date: "2027-02-05" });
    expect(date("1.12.2026")).toEqual({ date: "2026-12-01" });
    expect(date(" 15.2.2027 ")).toEqual({ date: "2027-02-15" });
  });

  it("gives a date without a year this year in Finland, also when that day has passed", () => {
    expect(date("15.2.")).toEqual({ date: "2026-02-15" });
    expect(date("15.2")).toEqual({ date: "2026-02-15" });
    expect(date("24.12.")).toEqual({ date: "2026-12-24" });
    expect(parseFinnishDate("29.2.", "2028-01-10")).toEqual({ date: "2028-02-29" });
    expect(parseFinnishDate("29.2.", "2027-01-10")).toEqual({ problem: "noSuchDay" });
  });

  it("reads ISO dates, as date inputs, CSV files and the API send them", () => {
    expect(date("2027-02-15")).toEqual({ date: "2027-02-15" });
    expect(date("2028-02-29")).toEqual({ date: "2028-02-29" });
  });

  it("refuses days that are not on the calendar", () => {
    for (const text of ["31.2.2027", "29.2.2027", "0.1.2027", "32.1.2027", "1.13.2027", "1.0.2027", "2027-02-30", "2027-13-01", "2027-00-10"])
      expect(date(text), text).toEqual({ problem: "noSuchDay" });
  });

  it("refuses what is not a date", () => {
    for (const text of [
      "",
      "   ",
      "huomenna",
      "15/2/2027",
      "15-2-2027",
      "15.2.27",
      "15.22027",
      "15..2027",
      "2027-2-15",
      "20270215",
      "15.2.2027.",
      "15.2.20277",
      "1.5.2027 klo 9",
      "15,2,2027",
    ])
      expect(date(text), JSON.stringify(text)).toEqual({ problem: "format" });
  });

  it("takes today from Finland when not told", () => {
    const parsed = parseFinnishDate("1.1.");
    expect("date" in parsed && parsed.date).toMatch(/^\d{4}-01-01$/);
  });
});

describe("parseFinnishTime", () => {
  it("reads hours alone, with a dot or a colon, with or without a leading zero", () => {
    expect(parseFinnishTime("9")).toBe("09:00");
    expect(parseFinnishTime("9.00")).toBe("09:00");
    expect(parseFinnishTime("9:00")).toBe("09:00");
    expect(parseFinnishTime("11.30")).toBe("11:30");
    expect(parseFinnishTime("09:30")).toBe("09:30");
    expect(parseFinnishTime("0.00")).toBe("00:00");
    expect(parseFinnishTime("23.59")).toBe("23:59");
    expect(parseFinnishTime(" 13 ")).toBe("13:00");
  });

  it("refuses times that do not exist and what is not a time", () => {
    for (const text of ["25.00", "24.00", "24", "9.60", "9.5", "9.000", "", "  ", "klo", "9,30", "9 30", "930", "-1", "9.30 am", "ab:cd", "12:3"])
      expect(parseFinnishTime(text), JSON.stringify(text)).toBeUndefined();
  });
});
