import type { Translate } from "../kit/i18n/catalogue";
import type { Language } from "../kit/i18n/languages";
import { formatTime } from "../kit/format";

/** A stored line of a chat (see queries.server's ChatLine). */
export interface StoredLine {
  sequence: number;
  senderKind: string;
  senderName: string | null;
  body: string;
  createdAt: string;
}

/** A line as a page shows it: who said it and what, worded for the reader. */
export interface ShownLine {
  sequence: number;
  kind: "citizen" | "practitioner" | "system";
  who: string;
  text: string;
  time: string;
}

const systemEvents = ["joined", "transferred", "ended", "left"] as const;

/**
 * Words a line for the citizen or the practitioner, on the server, so that the browser's script
 * carries no catalogue: system lines are stored as event codes and translated here.
 */
export function showLine(line: StoredLine, reader: "citizen" | "practitioner", t: Translate, lang: Language): ShownLine {
  const time = formatTime(line.createdAt, lang);
  if (line.senderKind === "system") {
    const event = (systemEvents as readonly string[]).includes(line.body) ? (line.body as (typeof systemEvents)[number]) : "joined";
    return { sequence: line.sequence, kind: "system", who: t("chat.line.system"), text: t(`chat.system.${event}`, { name: line.senderName ?? "" }), time };
  }
  if (line.senderKind === "citizen") {
    const who = reader === "citizen" ? t("chat.line.you") : line.senderName || t("chat.line.citizen");
    return { sequence: line.sequence, kind: "citizen", who, text: line.body, time };
  }
  return { sequence: line.sequence, kind: "practitioner", who: line.senderName || t("chat.line.practitioner"), text: line.body, time };
}
