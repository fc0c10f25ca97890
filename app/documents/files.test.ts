import { describe, expect, it } from "vitest";
import { checkFile, contentDisposition, maxDocumentBytes, safeFileName } from "./files";

const bytes = (text: string) => new TextEncoder().encode(text);
const pdf = bytes("%PDF-1.7\n%âãÏÓ\n1 0 obj\n");
const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]);
const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]);

describe("uploaded files", () => {
  it("are accepted when the extension is allowed and the content matches it", () => {
    expect(checkFile("Pöytäkirja 3-2026.pdf", pdf)).toEqual({ problem: null, fileName: "Pöytäkirja 3-2026.pdf", contentType: "application/pdf" });
    expect(checkFile("suunnitelma.DOCX", zip)).toMatchObject({ problem: null, contentType: expect.stringContaining("wordprocessingml") });
    expect(checkFile("muistio.odt", zip)).toMatchObject({ problem: null });
    expect(checkFile("kuva.png", png)).toMatchObject({ problem: null, contentType: "image/png" });
    expect(checkFile("lista.csv", bytes("nimi;kunta\nÄänekoski;x\n"))).toMatchObject({ problem: null, contentType: "text/csv; charset=utf-8" });
  });

  it("are refused when empty, too large, of another type, or disguised", () => {
    expect(checkFile("tyhjä.pdf", new Uint8Array())).toEqual({ problem: "empty" });
    expect(checkFile("iso.pdf", new Uint8Array(maxDocumentBytes + 1).fill(0x25))).toEqual({ problem: "tooLarge" });
    expect(checkFile("sivu.html", bytes("<html><script>alert(1)</script>"))).toEqual({ problem: "type" });
    expect(checkFile("ohjelma.exe", new Uint8Array([0x4d, 0x5a]))).toEqual({ problem: "type" });
    expect(checkFile("ei-pdf.pdf", bytes("<html><script>alert(1)</script>"))).toEqual({ problem: "content" });
    expect(checkFile("kuva.png", pdf)).toEqual({ problem: "content" });
    expect(checkFile("binääri.txt", new Uint8Array([0x41, 0x00, 0x42]))).toEqual({ problem: "content" });
    expect(checkFile("", pdf)).toEqual({ problem: "name" });
    expect(checkFile("...", pdf)).toEqual({ problem: "name" });
  });

  it("keep only a clean base name", () => {
    expect(safeFileName("C:\\Users\\x\\muistio.pdf")).toBe("muistio.pdf");
    expect(safeFileName("../../etc/passwd")).toBe("passwd");
    expect(safeFileName('a"b\r\nc<d>.pdf')).toBe("abcd.pdf");
    expect(safeFileName(`${"a".repeat(300)}.pdf`)).toHaveLength(200);
    expect(safeFileName(`${"a".repeat(300)}.pdf`).endsWith(".pdf")).toBe(true);
  });

  it("are sent with an ASCII fallback name and the UTF-8 name per RFC 5987", () => {
    expect(contentDisposition("Pöytäkirja 3.pdf")).toBe(`attachment; filename="Poytakirja 3.pdf"; filename*=UTF-8''P%C3%B6yt%C3%A4kirja%203.pdf`);
    expect(contentDisposition("Å's (1).txt")).toBe(
      `attachment; filename="A's (1).txt"; filename*=UTF-8''A%CC%8A%27s%20%281%29.txt`.replace("A%CC%8A", "%C3%85"),
    );
    expect(contentDisposition("日本.pdf")).toMatch(/^attachment; filename="__\.pdf"; filename\*=UTF-8''%E6%97%A5%E6%9C%AC\.pdf$/);
  });
});
