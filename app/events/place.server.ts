import { eq } from "drizzle-orm";
import { servicePoint } from "~/network-map/public.server";
import type { Database, Transaction } from "../kit/db/db.server";
import type { Language } from "../kit/i18n/languages";
import { localize } from "../kit/i18n/localized";

/** Where an event is had, as one line: the service point and its address, the address given, or the remote link. */
export async function placeLine(
  executor: Database | Transaction,
  e: { servicePointId: string | null; address: string; remoteUrl: string },
  lang: Language,
): Promise<string> {
  const parts: string[] = [];
  if (e.servicePointId) {
    const [point] = await executor
      .select({ name: servicePoint.name, streetAddress: servicePoint.streetAddress })
      .from(servicePoint)
      .where(eq(servicePoint.id, e.servicePointId));
    if (point) parts.push(`${localize(point.name, lang).text}, ${point.streetAddress}`);
  }
  if (e.address) parts.push(e.address);
  if (e.remoteUrl) parts.push(e.remoteUrl);
  return parts.join(" · ");
}
