/**
 * An edit conflict as the page gets it: who saved first and when (from the audit trail), the
 * version now stored (the form's next save names it) and the stored values by field path.
 */
export interface EditConflictData {
  by: string | null;
  /** ISO time of the other save, when known. */
  at: string | null;
  version: number;
  saved: Record<string, string>;
}

/**
 * A form's values as text by field path ("name.fi", "openingHours.0.day"), so that the stored and
 * the sent versions can be set side by side whatever the form. A list of plain values is one field.
 */
export function flatValues(value: unknown, path = ""): Record<string, string> {
  if (value === null || value === undefined) return path ? { [path]: "" } : {};
  if (Array.isArray(value) && value.every((item) => item === null || typeof item !== "object")) return { [path]: value.map(plainText).join(", ") };
  if (typeof value !== "object") return { [path]: plainText(value) };
  const flat: Record<string, string> = {};
  const entries = Array.isArray(value) ? value.map((item: unknown, i) => [String(i), item] as const) : Object.entries(value);
  for (const [key, item] of entries) Object.assign(flat, flatValues(item, path ? `${path}.${key}` : key));
  return flat;
}

const plainText = (value: unknown): string => (typeof value === "string" ? value : value === null || value === undefined ? "" : JSON.stringify(value));

/** The fields whose stored and sent values differ, in the order the stored version lists them; the version itself is left out. */
export function differingFields(saved: Record<string, string>, sent: Record<string, string>): string[] {
  const paths = [...new Set([...Object.keys(saved), ...Object.keys(sent)])];
  return paths.filter((path) => path !== "version" && (saved[path] ?? "").trim() !== (sent[path] ?? "").trim());
}
