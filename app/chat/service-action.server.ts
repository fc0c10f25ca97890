import { translator } from "../kit/i18n/catalogue";
import type { Language } from "../kit/i18n/languages";
import { formatDateTime } from "../kit/format";
import { dutyStatuses, regionOfOrganization } from "./queries.server";

/**
 * The service page's chat link with the region's status (decision 0205): "Chat open now" or "Chat
 * opens …". None when the organisation's region has no shifts in the next two weeks.
 */
export async function chatServiceAction(
  target: { id: string; organizationId: string; status: string },
  lang: Language,
): Promise<{ id: string; href: string; label: string } | null> {
  if (target.status === "defunct") return null;
  const regionCode = await regionOfOrganization(target.organizationId);
  if (!regionCode) return null;
  const status = (await dutyStatuses()).find((s) => s.regionCode === regionCode);
  if (!status) return null;
  const t = translator(lang);
  const label = status.openNow ? t("chat.serviceLink.open") : t("chat.serviceLink.next", { at: formatDateTime(status.nextOpenAt!, lang) });
  return { id: "chat-link", href: `/${lang}/chat?service=${target.id}`, label };
}
