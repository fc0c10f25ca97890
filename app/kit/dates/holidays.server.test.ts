import { describe, expect, it } from "vitest";
import { addWorkingDays, finnishHoliday, finnishHolidaysBetween, isFinnishHoliday, isWorkingDay, nextWorkingDay } from "./holidays.server";

describe("Finnish holidays", () => {
  it("are the public holidays of 2027 and the two eves that are days off", () => {
    const days = finnishHolidaysBetween("2027-01-01", "2027-12-31").map((h) => `${h.date} ${h.kind} ${h.name.fi}`);
    expect(days).toEqual([
      "2027-01-01 public uudenvuodenpäivä",
      "2027-01-06 public loppiainen",
      "2027-03-26 public pitkäperjantai",
      "2027-03-28 public pääsiäispäivä",
      "2027-03-29 public toinen pääsiäispäivä",
      "2027-05-01 public vappu",
      "2027-05-06 public helatorstai",
      "2027-05-16 public helluntaipäivä",
      "2027-06-25 eve juhannusaatto",
      "2027-06-26 public juhannuspäivä",
      "2027-11-06 public pyhäinpäivä",
      "2027-12-06 public itsenäisyyspäivä",
      "2027-12-24 eve jouluaatto",
      "2027-12-25 public joulupäivä",
      "2027-12-26 public tapaninpäivä",
    ]);
  });

  it("have names in Swedish and English", () => {
    expect(finnishHoliday("2027-06-25")?.name).toEqual({ fi: "juhannusaatto", sv: "midsommarafton", en: "Midsummer Eve" });
    expect(finnishHoliday("2027-12-06")?.name.sv).toBe("självständighetsdagen");
  });

  it("move with Easter and Midsummer from year to year", () => {
    expect(isFinnishHoliday("2026-04-03")).toBe(true); // pitkäperjantai 2026
    expect(isFinnishHoliday("2026-06-19")).toBe(true); // juhannusaatto 2026
    expect(isFinnishHoliday("2026-10-31")).toBe(true); // pyhäinpäivä 2026
    expect(isFinnishHoliday("2027-04-02")).toBe(false);
  });

  it("leave out uudenvuodenaatto and the observances on Sundays", () => {
    expect(isFinnishHoliday("2027-12-31")).toBe(false);
    expect(isFinnishHoliday("2027-05-09")).toBe(false); // äitienpäivä
    expect(isFinnishHoliday("2027-11-14")).toBe(false); // isänpäivä
  });

  it("span years, both ends included", () => {
    expect(finnishHolidaysBetween("2026-12-24", "2027-01-06").map((h) => h.date)).toEqual([
      "2026-12-24",
      "2026-12-25",
      "2026-12-26",
      "2027-01-01",
      "2027-01-06",
    ]);
    expect(finnishHolidaysBetween("2027-01-02", "2027-01-05")).toEqual([]);
    expect(finnishHolidaysBetween("2027-02-01", "2027-01-01")).toEqual([]);
  });
});

describe("working days", () => {
  it("are Monday to Friday less the holidays", () => {
    expect(isWorkingDay("2027-02-15")).toBe(true); // Monday
    expect(isWorkingDay("2027-02-20")).toBe(false); // Saturday
    expect(isWorkingDay("2027-03-26")).toBe(false); // pitkäperjantai
    expect(isWorkingDay("2027-12-31")).toBe(true); // uudenvuodenaatto, a Friday
  });

  it("step over weekends and holidays", () => {
    expect(nextWorkingDay("2027-02-15")).toBe("2027-02-16");
    expect(nextWorkingDay("2027-02-19")).toBe("2027-02-22"); // Friday → Monday
    expect(nextWorkingDay("2027-03-25")).toBe("2027-03-30"); // over Easter
    expect(nextWorkingDay("2027-06-24")).toBe("2027-06-28"); // over Midsummer
    expect(nextWorkingDay("2026-12-23")).toBe("2026-12-28"); // over Christmas
    expect(addWorkingDays("2027-05-03", 5)).toBe("2027-05-11"); // over helatorstai
    expect(addWorkingDays("2027-03-30", -1)).toBe("2027-03-25");
    expect(addWorkingDays("2027-02-20", 0)).toBe("2027-02-20");
  });
});
