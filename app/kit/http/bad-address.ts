import { translator } from "../i18n/catalogue";
import { isLanguage, type Language } from "../i18n/languages";

/** Whether the path of a request address (before any query) has percent-escapes that do not decode, as "/fi/pages/%ZZ". */
export function hasUndecodablePath(url: string): boolean {
  const path = url.split(/[?#]/, 1)[0];
  try {
    decodeURIComponent(path);
    return false;
  } catch {
    return true;
  }
}

const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]!);

/**
 * The 400 page of an address the router cannot read: a small page in the language of the address's
 * first segment (Finnish otherwise) that says what went wrong and leads back to the front page.
 */
export function badAddressPage(url: string): { status: 400; html: string } {
  const first = url.split("/")[1]?.split(/[?#]/, 1)[0];
  const lang: Language = isLanguage(first) ? first : "fi";
  const t = translator(lang);
  const html = `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(t("error.title"))}</title></head><body><main><h1>${escapeHtml(t("error.title"))}</h1><p>${escapeHtml(t("error.badRequest"))}</p><p><a href="/${lang}">${escapeHtml(t("error.backHome"))}</a></p></main></body></html>`;
  return { status: 400, html };
}
