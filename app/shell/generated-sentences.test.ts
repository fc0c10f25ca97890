import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime } from "../kit/format";
import { translator, type MessageKey } from "../kit/i18n/catalogue";
import { regionGenitive, regionGenitives } from "../reference/region-genitives";
import { messagesOf } from "./messages";

/**
 * Issue 13: generated Finnish read "alueen Kainuu kumppanuussopimus" and "tervetuloa ryhmän Lapin
 * ELO-koordinaatioryhmä kokoukseen", and dates came as 2026-12-31. Every notification and e-mail
 * template is rendered here in fi, sv and en with values like the demo's, and read for the
 * patterns that gave those sentences away.
 */
const languages = ["fi", "sv", "en"] as const;
type Lang = (typeof languages)[number];

/** Notifications and e-mails: the keys the notify() contract and the mail-sending commands use. */
const isTemplate = (key: string) => /(^|\.)(mail|inbox|notification|message)\./.test(key) || key === "notifications.mail.body";

const day = new Date("2026-12-31T11:00:00Z");
const groups: Record<Lang, string> = { fi: "Lapin ELO-koordinaatioryhmä", sv: "Lapplands ELO-koordinationsgrupp", en: "Lapland ELO coordination group" };

function valueOf(name: string, lang: Lang): string {
  const t = translator(lang);
  const values: Record<string, string> = {
    group: groups[lang],
    region: regionGenitive("maakunta_18", { fi: "Kainuu", sv: "Kajanaland" })[lang],
    organization: "Kainuun ammattiopisto",
    organizations: "Kela ja Redu",
    date: formatDate(day, lang),
    when: lang === "fi" ? t("meetings.mail.when", { date: formatDate(day, "fi"), start: "13.00", end: "15.00" }) : formatDateTime(day, lang),
    theme: "Ohjaamo-yhteistyö",
    title: "Ohjaajaverkostokartan tarkistus",
    description: "Päivitä kartan tiedot",
    service: "Uraohjaus aikuisille",
    url: "https://elo.example/fi/work/meetings/1",
    manageUrl: "https://elo.example/fi/booking/manage/x",
    message: "Uusi asiakirja on lisätty.",
    reply: "Kiitos, korjaamme asian.",
  };
  return values[name] ?? "Testi";
}

/** The arguments a message takes, and which of them are numbers (plural, number). */
function argumentsOf(text: string): { name: string; numeric: boolean }[] {
  const found = new Map<string, boolean>();
  for (const [, name, type] of text.matchAll(/\{(\w+)(?:,\s*(\w+))?/g))
    found.set(name, found.get(name) || ["plural", "number", "selectordinal"].includes(type ?? ""));
  return [...found].map(([name, numeric]) => ({ name, numeric }));
}

function render(lang: Lang, key: string): string {
  const raw = messagesOf(lang)[key];
  const values = Object.fromEntries(
    argumentsOf(raw).map(({ name, numeric }) => [name, name === "year" ? 2027 : numeric || name === "version" ? 3 : valueOf(name, lang)]),
  );
  return translator(lang)(key as MessageKey, values);
}

const clumsy: Record<Lang, RegExp[]> = {
  // A case-inflected noun before a name in the nominative: "ryhmän Lapin ELO-ryhmä", "alueen Kainuu".
  fi: [/\b([Rr]yhmän|[Rr]yhmään|[Rr]yhmässä|[Aa]lueen|[Oo]rganisaation|[Oo]rganisaatio) [A-ZÅÄÖ]/, /\b(Kainuu|Lappi) (alueen|kumppanuus)/],
  sv: [/\b(gruppen|regionen|för gruppen|organisationen) [A-ZÅÄÖ]/],
  en: [/\bthe (group|region) [A-Z]/],
};
const everywhere = [/\b\d{4}-\d{2}-\d{2}\b/, /[{}]/, /undefined|NaN/, / {2}/, / [.,:]/, /\.\./, /, ,/];
// A group's name glued straight to a date or a time: "Lapin ELO-koordinaatioryhmä 31.12.2026".
const nameBeforeDate = (lang: Lang) => new RegExp(`${groups[lang]} \\d`);

describe("generated sentences", () => {
  const keys = Object.keys(messagesOf("fi")).filter(isTemplate).sort();

  it("cover the notifications and e-mails of every feature", () => {
    for (const prefix of [
      "meetings.mail.",
      "meetings.inbox.",
      "notifications.message.",
      "booking.mail.",
      "planning.inbox.",
      "referrals.notification.",
      "contactRequests.notification.",
    ])
      expect(
        keys.some((k) => k.startsWith(prefix)),
        prefix,
      ).toBe(true);
  });

  it.each(languages)("read as whole sentences in %s: no ISO dates, no glued fragments", (lang) => {
    for (const key of keys) {
      const text = render(lang, key);
      for (const pattern of [...everywhere, ...clumsy[lang], nameBeforeDate(lang)]) expect(text, `${lang} ${key}: ${text}`).not.toMatch(pattern);
    }
  });

  it("put the region's genitive and the group's name where a reader expects them", () => {
    expect(render("fi", "notifications.message.agreementExpires")).toMatch(/^Kainuun alueen kumppanuussopimus \(versio 3\) päättyy 31\.12\.2026\./);
    expect(render("sv", "notifications.message.agreementExpires")).toMatch(/^Kajanalands partnerskapsavtal \(version 3\) upphör 31\.12\.2026\./);
    expect(render("en", "notifications.message.agreementExpires")).toContain("The partnership agreement of Kainuu");
    expect(render("fi", "notifications.message.agreementUnaccepted")).toBe(
      "Kainuun ammattiopisto ei ole vielä hyväksynyt Kainuun alueen kumppanuussopimuksen versiota 3.",
    );
    expect(render("fi", "meetings.mail.invite.body")).toContain("tervetuloa kokoukseen.\n\nRyhmä: Lapin ELO-koordinaatioryhmä\n");
    expect(render("fi", "meetings.mail.invite.subject")).toBe("Kokouskutsu: Lapin ELO-koordinaatioryhmä, 31.12.2026 klo 13.00–15.00");
    expect(render("sv", "meetings.inbox.invite")).toBe("Kallelse till mötet den 31.12.2026: Ohjaamo-yhteistyö. Grupp: Lapplands ELO-koordinationsgrupp.");
  });
});

describe("region genitives", () => {
  it("are written out for all 19 regions, Finnish ending in -n and Swedish in -s or -x", () => {
    expect(Object.keys(regionGenitives)).toHaveLength(19);
    for (const [code, names] of Object.entries(regionGenitives)) {
      expect(code).toMatch(/^maakunta_\d\d$/);
      expect(names.fi, code).toMatch(/n$/);
      expect(names.sv, code).toMatch(/[sx]$/);
    }
    expect(regionGenitives.maakunta_01.fi).toBe("Uudenmaan");
    expect(regionGenitives.maakunta_19).toEqual({ fi: "Lapin", sv: "Lapplands", en: "Lapland" });
  });
});
