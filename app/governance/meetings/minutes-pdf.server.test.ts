import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { describe, expect, it } from "vitest";
import type { MinutesDocument } from "./minutes-document.server";
import { minutesPdf } from "./minutes-pdf.server";

/** Every page's text, as a PDF reader extracts it. */
async function textOf(bytes: Uint8Array) {
  const pdf = await getDocument({ data: bytes, useSystemFonts: false, isEvalSupported: false }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    pages.push(content.items.map((item) => ("str" in item ? item.str : "")).join(" "));
  }
  return { text: pages.join("\n"), info: (await pdf.getMetadata()).info as { Title?: string } };
}

const minutes: MinutesDocument = {
  lang: "fi",
  meetingId: "00000000-0000-4000-8000-000000000000",
  groupName: "Lapin ELO-yhteistyöryhmä",
  title: "Kokous: Syksyn työsuunnitelma",
  facts: [
    { term: "Aika", value: "ti 8.12.2026 klo 13.00–15.00" },
    { term: "Paikka", value: "Rovaniemi, neuvotteluhuone Äkäslompolo" },
  ],
  present: ["Lapin ammattiopisto – Šárka Łukasiewicz (puheenjohtaja)", "Kela – Ёлкина Мария (jäsen)"],
  decisions: [{ title: "Työsuunnitelma 2027", decision: "Hyväksyttiin esityksen mukaisesti." }],
  minutes:
    "## Kokouksen avaus\n\nPuheenjohtaja avasi kokouksen klo 13.05 ja totesi sen **päätösvaltaiseksi**.\n\n- Läsnäolijat todettiin\n- Asialista hyväksyttiin\n\nLisätietoa: [Työmarkkinatori](https://tyomarkkinatori.fi).",
  minutesHtml: "",
};

describe("the minutes as a PDF", () => {
  it("parses, names the meeting in its metadata and carries every text, Finnish and other letters included", async () => {
    const bytes = await minutesPdf(minutes, new Date("2026-12-08T10:00:00Z"));
    expect(Buffer.from(bytes.subarray(0, 5)).toString()).toBe("%PDF-");
    const { text, info } = await textOf(bytes);
    expect(info.Title).toBe("Kokous: Syksyn työsuunnitelma – Lapin ELO-yhteistyöryhmä");
    const squeezed = text.replace(/\s+/g, " ");
    for (const expected of [
      "Lapin ELO-yhteistyöryhmä",
      "Kokous: Syksyn työsuunnitelma",
      "Rovaniemi, neuvotteluhuone Äkäslompolo",
      "Šárka Łukasiewicz",
      "Ёлкина Мария",
      "Päätökset",
      "Hyväksyttiin esityksen mukaisesti.",
      "Kokouksen avaus",
      "päätösvaltaiseksi",
      "Asialista hyväksyttiin",
      "Työmarkkinatori (https://tyomarkkinatori.fi)",
      "Tulostettu 8.12.2026",
    ])
      expect(squeezed).toContain(expected);
  });
});
