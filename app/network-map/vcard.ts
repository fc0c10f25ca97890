/** Builds vCard 4.0 (RFC 6350) contact cards for download. */
export interface VCardInput {
  /** Formatted name. */
  fullName: string;
  givenName?: string;
  familyName?: string;
  organization?: string;
  title?: string;
  email?: string;
  phone?: string;
  url?: string;
  address?: { street: string; locality: string; postalCode: string };
  note?: string;
  kind?: "individual" | "org";
}

const escape = (value: string) => value.replace(/\\/g, "\\\\").replace(/\n/g, "\\n").replace(/,/g, "\\,").replace(/;/g, "\\;");

/** Folds a content line at 75 octets, as the standard asks, without splitting a UTF-8 character. */
function fold(line: string): string {
  const bytes = Buffer.from(line, "utf8");
  if (bytes.length <= 75) return line;
  const parts: string[] = [];
  let current = "";
  let size = 0;
  for (const char of line) {
    const charSize = Buffer.byteLength(char, "utf8");
    const limit = parts.length === 0 ? 75 : 74; // continuation lines start with a space
    if (size + charSize > limit) {
      parts.push(current);
      current = "";
      size = 0;
    }
    current += char;
    size += charSize;
  }
  parts.push(current);
  return parts.join("\r\n ");
}

export function buildVCard(input: VCardInput): string {
  const lines = ["BEGIN:VCARD", "VERSION:4.0", `KIND:${input.kind ?? "individual"}`, `FN:${escape(input.fullName)}`];
  if (input.familyName || input.givenName) lines.push(`N:${escape(input.familyName ?? "")};${escape(input.givenName ?? "")};;;`);
  if (input.organization) lines.push(`ORG:${escape(input.organization)}`);
  if (input.title) lines.push(`TITLE:${escape(input.title)}`);
  if (input.email) lines.push(`EMAIL;TYPE=work:${escape(input.email)}`);
  if (input.phone) lines.push(`TEL;TYPE=work,voice;VALUE=uri:tel:${input.phone.replace(/[^\d+]/g, "")}`);
  if (input.url) lines.push(`URL:${input.url}`);
  if (input.address)
    lines.push(`ADR;TYPE=work:;;${escape(input.address.street)};${escape(input.address.locality)};;${escape(input.address.postalCode)};Finland`);
  if (input.note) lines.push(`NOTE:${escape(input.note)}`);
  lines.push("END:VCARD");
  return lines.map(fold).join("\r\n") + "\r\n";
}

/** A file name for the card, from the name, safe in a Content-Disposition header. */
export const vCardFileName = (name: string) =>
  `${
    name
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/[^A-Za-z0-9]+/g, "-")
      .replace(/^-|-$/g, "")
      .toLowerCase() || "contact"
  }.vcf`;
