import { translator, type MessageKey } from "../i18n/catalogue";
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

/** The language of an address's first segment ("/sv/…"), Finnish otherwise. */
export function languageOfAddress(url: string): Language {
  const first = url.split("/")[1]?.split(/[?#]/, 1)[0];
  return isLanguage(first) ? first : "fi";
}

/**
 * A small error page for answers given before the router runs (a bad address, a body too large, the
 * database down): in the address's language, saying what went wrong and leading back to the front page.
 */
export function plainErrorPage(url: string, message: MessageKey): string {
  const lang = languageOfAddress(url);
  const t = translator(lang);
  return `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(t("error.title"))}</title></head><body><main><h1>${escapeHtml(t("error.title"))}</h1><p>${escapeHtml(t(message))}</p><p><a href="/${lang}">${escapeHtml(t("error.backHome"))}</a></p></main></body></html>`;
}

/** The 400 page of an address the router cannot read. */
export function badAddressPage(url: string): { status: 400; html: string } {
  return { status: 400, html: plainErrorPage(url, "error.badRequest") };
}
