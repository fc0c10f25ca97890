import { marked } from "marked";
import sanitizeHtml from "sanitize-html";

// Editors write Markdown; readers get HTML that can only contain what a guidance text needs.
// Raw HTML in the source is sanitised away, so an editor cannot inject scripts, styles or frames.
const allowed: sanitizeHtml.IOptions = {
  allowedTags: [
    "h2",
    "h3",
    "h4",
    "p",
    "br",
    "hr",
    "ul",
    "ol",
    "li",
    "a",
    "strong",
    "em",
    "blockquote",
    "code",
    "pre",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
  ],
  allowedAttributes: { a: ["href", "title", "hreflang"], th: ["scope"], ol: ["start"] },
  allowedSchemes: ["https", "http", "mailto", "tel"],
  allowProtocolRelative: false,
  // The page has its own h1, so headings in the text start at level 2.
  transformTags: { h1: "h2", h5: "h4", h6: "h4" },
};

/** Markdown to sanitised HTML, safe to render with dangerouslySetInnerHTML. */
export function renderMarkdown(markdown: string): string {
  const html = marked.parse(markdown, { async: false, gfm: true, breaks: false });
  return sanitizeHtml(html, allowed);
}
