/** Public calendar files are the same for everyone: shared caches may keep them a few minutes. */
export const calendarHeaders = (filename: string) => ({
  "Content-Type": "text/calendar; charset=utf-8",
  "Content-Disposition": `inline; filename="${filename}"`,
  "Cache-Control": "public, max-age=0, s-maxage=300, stale-while-revalidate=60",
});
