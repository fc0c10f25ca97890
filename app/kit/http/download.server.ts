const contentTypes = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  pdf: "application/pdf",
} as const;

export type DownloadFormat = keyof typeof contentTypes;

/** A file to download whose contents depend on who asks: never cached, and varying by the session cookie. */
export function privateDownload(body: ConstructorParameters<typeof Response>[0], format: DownloadFormat, fileName: string) {
  return new Response(body, {
    headers: {
      "Content-Type": contentTypes[format],
      "Content-Disposition": `attachment; filename="${fileName}"`,
      "Cache-Control": "private, no-store",
      Vary: "Cookie",
    },
  });
}
