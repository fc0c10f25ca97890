import { maxDocumentBytes } from "../../documents/public";
import { importLimits } from "../../network-map/public";

/** The kinds of request body Elo takes, each with its own ceiling (decision 0179). */
export type BodyKind = "form" | "upload" | "import" | "api";

const kibibyte = 1024;
const mebibyte = 1024 * kibibyte;
export const bodyLimits: Record<BodyKind, number> = {
  // The largest form is the meeting minutes (100,000 characters); percent-encoded, a character of
  // UTF-8 takes up to 9 bytes ("€" is %E2%82%AC): 900 kB, with the meeting's other fields well under 2 MiB.
  form: 2 * mebibyte,
  // Twice the routes' own limits: a file somewhat too large still reaches its route, which refuses
  // it by its length with its own message in the page; anything larger is refused here, unread.
  upload: 2 * maxDocumentBytes,
  import: 2 * importLimits.maxBytes,
  // better-auth's JSON and the read-only HSDS API: small bodies only.
  api: 256 * kibibyte,
};

/** Which kind of body a request to this path may carry: the documents' uploads, the two imports, the API, or a form. */
export function bodyKindOf(path: string): BodyKind {
  if (path === "/api" || path.startsWith("/api/")) return "api";
  const rest = /^\/(?:fi|sv|en)(\/.*)$/.exec(path)?.[1] ?? "";
  if (/^\/work\/(?:groups\/[^/]+\/documents|documents\/[^/]+)\/?$/.test(rest)) return "upload";
  if (/^\/work\/(?:offerings\/)?import\/?$/.test(rest)) return "import";
  return "form";
}
