import { translator } from "../kit/i18n/catalogue";
import type { Language } from "../kit/i18n/languages";
import { formatDateTime } from "../kit/format";
import { dutyStatuses, regionOfOrganization } from "./queries.server";

type Action = { id: string; href: string; label: string };

/**
 * The service page's chat link with the region's status (decision 0205): "Chat open now" or "Chat
 * opens …". None when the organisation's region has no shifts in the next two weeks. Only on the
 * service's own page: a status per card would make search results read the roster.
 */
export const chatServiceAction = {
  places: ["page"] as const,
  async actionsFor(targets: Array<{ id: string; organizationId: string; status: string }>, lang: Language): Promise<Map<string, Action>> {
    const actions = new Map<string, Action>();
    const live = targets.filter((t) => t.status !== "defunct");
    if (live.length === 0) return actions;
    const statuses = await dutyStatuses();
    const t = translator(lang);
    for (const target of live) {
      const regionCode = await regionOfOrganization(target.organizationId);
      const status = regionCode ? statuses.find((s) => s.regionCode === regionCode) : undefined;
      if (!status) continue;
      const label = status.openNow ? t("chat.serviceLink.open") : t("chat.serviceLink.next", { at: formatDateTime(status.nextOpenAt!, lang) });
      actions.set(target.id, { id: "chat-link", href: `/${lang}/chat?service=${target.id}`, label });
    }
    return actions;
  },
};
