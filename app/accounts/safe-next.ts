/** Only local paths, so that the sign-in pages cannot be used to send people elsewhere. */
export function safeNext(value: FormDataEntryValue | string | null, lang: string) {
  const next = typeof value === "string" ? value : "";
  return next.startsWith("/") && !next.startsWith("//") ? next : `/${lang}/work`;
}
