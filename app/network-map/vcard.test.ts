import { describe, expect, it } from "vitest";
import { buildVCard, vCardFileName } from "./vcard";

describe("buildVCard", () => {
  it("writes a vCard 4.0 with escaped values and CRLF line ends", () => {
    const card = buildVCard({
      fullName: "Aino Kivelä",
      givenName: "Aino",
      familyName: "Kivelä",
      organization: "Lapin ammattiopisto; Rovaniemi",
      title: "Opinto-ohjaaja, aikuiset",
      phone: "+358 40 123 4567",
      email: "aino@example.fi",
    });
    expect(card.startsWith("BEGIN:VCARD\r\nVERSION:4.0\r\n")).toBe(true);
    expect(card).toContain("N:Kivelä;Aino;;;\r\n");
    expect(card).toContain("ORG:Lapin ammattiopisto\\; Rovaniemi\r\n");
    expect(card).toContain("TITLE:Opinto-ohjaaja\\, aikuiset\r\n");
    expect(card).toContain("TEL;TYPE=work,voice;VALUE=uri:tel:+358401234567\r\n");
    expect(card.endsWith("END:VCARD\r\n")).toBe(true);
  });

  it("folds long lines at 75 octets without breaking characters", () => {
    const card = buildVCard({ fullName: "Ä".repeat(60) });
    const lines = card.split("\r\n");
    for (const line of lines) expect(Buffer.byteLength(line, "utf8")).toBeLessThanOrEqual(75);
    expect(card.replace(/\r\n /g, "")).toContain(`FN:${"Ä".repeat(60)}`);
  });

  it("makes a safe file name", () => {
    expect(vCardFileName("Aino Kivelä")).toBe("aino-kivela.vcf");
  });
});
