import { placeName, reference } from "~/reference/public.server";
import { translator } from "../../kit/i18n/catalogue";
import type { Language } from "../../kit/i18n/languages";
import { chatOfToken } from "../commands/citizen.server";
import { showLine, type ShownLine } from "../present";
import { citizenState, dutyStatuses, linesAfter, regionOfService } from "../queries.server";
import { db } from "../../kit/db/db.server";
import { readResumeToken } from "../resume-cookie.server";
import { formatDateTime } from "../../kit/format";

/** The citizen's state worded for the page and the stream: one sentence the status region reads out. */
export function stateText(state: Awaited<ReturnType<typeof citizenState>>, lang: Language): string {
  const t = translator(lang);
  if (state.status === "queued") return t("chat.state.queued", { position: state.position ?? 1, minutes: state.waitMinutes ?? 1 });
  if (state.status === "active") return t("chat.state.active", { name: state.answeredBy ?? "" });
  return t("chat.state.ended");
}

/** The chat a request's resume cookie opens, with what the page shows of it; null without one. */
export async function citizenChat(request: Request, lang: Language, now = new Date()) {
  const token = readResumeToken(request);
  if (!token) return null;
  const row = await chatOfToken(db(), token);
  if (!row || row.transcriptDeletedAt) return null;
  const t = translator(lang);
  const [lines, state] = await Promise.all([linesAfter(row.id, 0), citizenState(row, now)]);
  return {
    token,
    row,
    view: {
      status: row.status,
      stateText: stateText(state, lang),
      satisfactionPath: state.satisfactionPath,
      lines: lines.map((l): ShownLine => showLine(l, "citizen", t, lang)),
      lastSequence: lines.at(-1)?.sequence ?? 0,
    },
  };
}

/** The regions' chat status in words, for the start form and the status list. */
export async function regionChoices(lang: Language, now = new Date()) {
  const [statuses, ref] = await Promise.all([dutyStatuses(now), reference()]);
  const t = translator(lang);
  return statuses.map((s) => ({
    regionCode: s.regionCode,
    name: placeName(ref.byCode.get(s.regionCode), lang) || s.regionCode,
    openNow: s.openNow,
    statusText: s.openNow ? t("chat.status.openNow") : t("chat.status.nextOpen", { at: formatDateTime(s.nextOpenAt!, lang) }),
  }));
}

export { regionOfService };
