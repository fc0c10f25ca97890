import { createRequire } from "node:module";
import { marked, type Token, type Tokens } from "marked";
import PDFDocument from "pdfkit";
import { translator } from "~/kit/i18n/catalogue";
import { localeOf } from "~/kit/i18n/languages";
import type { MinutesDocument } from "./minutes-document.server";

/**
 * DejaVu Sans, embedded in the file: PDF's standard fonts cover only Latin-1, and minutes name people
 * and places in any script (Š, Ł, Cyrillic), decision 0211. The package ships the TrueType files.
 */
const font = (file: string) => createRequire(import.meta.url).resolve(`dejavu-fonts-ttf/ttf/${file}`);
const regular = "DejaVuSans.ttf";
const bold = "DejaVuSans-Bold.ttf";

/** Plain text of Markdown's inline tokens; a link keeps its address, since paper cannot be clicked. */
function plain(tokens: Token[] | undefined, fallback = ""): string {
  if (!tokens) return fallback;
  return tokens
    .map((token) => {
      if (token.type === "link") {
        const link = token as Tokens.Link;
        const label = plain(link.tokens, link.text);
        return label === link.href ? label : `${label} (${link.href})`;
      }
      if (token.type === "br") return "\n";
      if ("tokens" in token && token.tokens) return plain(token.tokens, "text" in token ? String(token.text) : "");
      return "text" in token ? String(token.text) : token.raw;
    })
    .join("");
}

/** The minutes' Markdown as headings, paragraphs, lists and quotes. */
function writeMarkdown(doc: PDFKit.PDFDocument, markdown: string) {
  for (const token of marked.lexer(markdown)) {
    if (token.type === "heading") {
      const heading = token as Tokens.Heading;
      doc
        .moveDown(0.5)
        .font(bold)
        .fontSize(heading.depth <= 2 ? 13 : 11)
        .text(plain(heading.tokens, heading.text));
      doc.font(regular).fontSize(10.5);
    } else if (token.type === "paragraph" || token.type === "text") {
      doc.text(plain((token as Tokens.Paragraph).tokens, (token as Tokens.Paragraph).text)).moveDown(0.4);
    } else if (token.type === "list") {
      const list = token as Tokens.List;
      list.items.forEach((item, index) => {
        const marker = list.ordered ? `${Number(list.start || 1) + index}.` : "•";
        doc.text(
          `${marker} ${plain(
            item.tokens.flatMap((t) => ("tokens" in t && t.tokens ? t.tokens : [t])),
            item.text,
          )}`,
          { indent: 12 },
        );
      });
      doc.moveDown(0.4);
    } else if (token.type === "blockquote") {
      doc.text(plain((token as Tokens.Blockquote).tokens, (token as Tokens.Blockquote).text), { indent: 18 }).moveDown(0.4);
    } else if (token.type === "code") {
      doc.text((token as Tokens.Code).text, { indent: 12 }).moveDown(0.4);
    } else if (token.type === "hr") {
      doc.moveDown(0.5);
    } else if (token.type !== "space" && "text" in token) {
      doc.text(String(token.text)).moveDown(0.4);
    }
  }
}

/** The minutes as an A4 PDF with the fonts embedded: title, facts, who were present, decisions and the minutes' text. */
export function minutesPdf(document: MinutesDocument, printedAt = new Date()): Promise<Uint8Array<ArrayBuffer>> {
  const t = translator(document.lang);
  const doc = new PDFDocument({
    size: "A4",
    margin: 56,
    lang: document.lang,
    displayTitle: true,
    info: { Title: `${document.title} – ${document.groupName}`, Author: document.groupName, Creator: t("site.name") },
  });
  doc.registerFont(regular, font(regular));
  doc.registerFont(bold, font(bold));
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Uint8Array<ArrayBuffer>>((resolve, reject) => {
    doc.on("end", () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on("error", reject);
  });
  doc.font(regular).fontSize(10).fillColor("#444444").text(document.groupName);
  doc.font(bold).fontSize(17).fillColor("#000000").text(document.title).moveDown(0.5);
  for (const fact of document.facts) doc.font(bold).fontSize(10.5).text(`${fact.term}: `, { continued: true }).font(regular).text(fact.value);
  if (document.present.length > 0) {
    doc.moveDown(0.7).font(bold).fontSize(12).text(t("meetings.present"));
    doc.font(regular).fontSize(10.5);
    for (const name of document.present) doc.text(`• ${name}`, { indent: 12 });
  }
  if (document.decisions.length > 0) {
    doc.moveDown(0.7).font(bold).fontSize(12).text(t("meetings.decisions"));
    for (const d of document.decisions) {
      doc.moveDown(0.3).font(bold).fontSize(10.5).text(d.title);
      doc.font(regular).text(d.decision);
    }
  }
  doc.moveDown(0.7).font(bold).fontSize(12).text(t("meetings.minutesHeading"));
  doc.font(regular).fontSize(10.5);
  writeMarkdown(doc, document.minutes);
  const printed = new Intl.DateTimeFormat(localeOf[document.lang], { timeZone: "Europe/Helsinki", dateStyle: "short" }).format(printedAt);
  doc
    .moveDown(1)
    .fontSize(8.5)
    .fillColor("#444444")
    .text(t("meetings.minutesPrinted", { date: printed }));
  doc.end();
  return done;
}
