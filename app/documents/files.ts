/**
 * What may be uploaded: a list of file types by extension, each with the bytes its files start
 * with where the format has them. A file whose content does not match its extension is refused, so
 * that a download never hands a browser something other than what its name says.
 */
export const maxDocumentBytes = 10 * 1024 * 1024;

type Sniff = (bytes: Uint8Array) => boolean;

const startsWith =
  (...signature: number[]): Sniff =>
  (bytes) =>
    signature.every((b, i) => bytes[i] === b);
const pdf = startsWith(0x25, 0x50, 0x44, 0x46, 0x2d); // %PDF-
const zip = startsWith(0x50, 0x4b, 0x03, 0x04); // Office Open XML and OpenDocument are zip files
const ole = startsWith(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1); // old Office formats
const png = startsWith(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);
const jpeg = startsWith(0xff, 0xd8, 0xff);
const gif = startsWith(0x47, 0x49, 0x46, 0x38);
const webp: Sniff = (b) => startsWith(0x52, 0x49, 0x46, 0x46)(b) && [0x57, 0x45, 0x42, 0x50].every((x, i) => b[8 + i] === x);
/** Text: valid UTF-8 without NUL bytes (a binary file renamed .txt fails this). */
const plainText: Sniff = (bytes) => {
  if (bytes.includes(0)) return false;
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
};

export const documentTypes: Record<string, { contentType: string; sniff: Sniff }> = {
  pdf: { contentType: "application/pdf", sniff: pdf },
  doc: { contentType: "application/msword", sniff: ole },
  xls: { contentType: "application/vnd.ms-excel", sniff: ole },
  ppt: { contentType: "application/vnd.ms-powerpoint", sniff: ole },
  docx: { contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", sniff: zip },
  xlsx: { contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", sniff: zip },
  pptx: { contentType: "application/vnd.openxmlformats-officedocument.presentationml.presentation", sniff: zip },
  odt: { contentType: "application/vnd.oasis.opendocument.text", sniff: zip },
  ods: { contentType: "application/vnd.oasis.opendocument.spreadsheet", sniff: zip },
  odp: { contentType: "application/vnd.oasis.opendocument.presentation", sniff: zip },
  txt: { contentType: "text/plain; charset=utf-8", sniff: plainText },
  csv: { contentType: "text/csv; charset=utf-8", sniff: plainText },
  md: { contentType: "text/markdown; charset=utf-8", sniff: plainText },
  png: { contentType: "image/png", sniff: png },
  jpg: { contentType: "image/jpeg", sniff: jpeg },
  jpeg: { contentType: "image/jpeg", sniff: jpeg },
  gif: { contentType: "image/gif", sniff: gif },
  webp: { contentType: "image/webp", sniff: webp },
};

/** The accept attribute of the file input, so that the browser's picker offers the same list. */
export const acceptAttribute = Object.keys(documentTypes)
  .map((e) => `.${e}`)
  .join(",");

/** A file name fit to store and send back: no folders, no control or quote characters, at most 200 characters. */
export function safeFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  const cleaned = base
    .normalize("NFC")
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f"<>|:*?]/g, "")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^\.+/, "");
  if (cleaned.length <= 200) return cleaned;
  const dot = cleaned.lastIndexOf(".");
  const extension = dot > 0 && cleaned.length - dot <= 10 ? cleaned.slice(dot) : "";
  return cleaned.slice(0, 200 - extension.length) + extension;
}

export const extensionOf = (name: string) => {
  const dot = name.lastIndexOf(".");
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : "";
};

export type FileProblem = "empty" | "tooLarge" | "type" | "content" | "name";

/** Why a file may not be stored, or null when it may; and the content type it will be served with. */
export function checkFile(name: string, bytes: Uint8Array): { problem: FileProblem } | { problem: null; fileName: string; contentType: string } {
  const fileName = safeFileName(name);
  if (!fileName) return { problem: "name" };
  if (bytes.length === 0) return { problem: "empty" };
  if (bytes.length > maxDocumentBytes) return { problem: "tooLarge" };
  const type = documentTypes[extensionOf(fileName)];
  if (!type) return { problem: "type" };
  if (!type.sniff(bytes)) return { problem: "content" };
  return { problem: null, fileName, contentType: type.contentType };
}

/**
 * Content-Disposition for a download: an ASCII fallback name for old clients and the real name in
 * UTF-8 per RFC 5987 / RFC 6266, so that "pöytäkirja.pdf" arrives as written.
 */
export function contentDisposition(fileName: string): string {
  const fallback =
    fileName
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/[^\x20-\x7e]/g, "_")
      .replace(/["\\%;]/g, "_") || "document";
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
