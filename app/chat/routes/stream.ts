import { data } from "react-router";
import { translator } from "~/kit/i18n/catalogue";
import { languageOf } from "~/kit/i18n/languages";
import { db } from "~/kit/db/db.server";
import { chatOfToken } from "../commands/citizen.server";
import { topics } from "../live.server";
import { showLine } from "../present";
import { citizenState, linesAfter } from "../queries.server";
import { readResumeToken } from "../resume-cookie.server";
import { eventStream, lastSeen } from "../stream.server";
import { stateText } from "./page.server";
import type { Route } from "./+types/stream";

/**
 * `/:lang/chat/stream`: the citizen's live chat as server-sent events (decision 0204): "line" events
 * numbered by sequence (a reconnect sends Last-Event-ID and gets only what it missed) and "state"
 * events with the queue position or who answers, worded in the page's language.
 */
export async function loader({ request, params }: Route.LoaderArgs) {
  const lang = languageOf(params);
  const t = translator(lang);
  const token = readResumeToken(request);
  const start = token ? await chatOfToken(db(), token) : null;
  if (!token || !start || start.transcriptDeletedAt) throw data(t("chat.notFound"), { status: 404 });
  let sent = lastSeen(request);
  let lastState = "";
  return eventStream(request.signal, [topics.chat(start.id), topics.region(start.regionCode)], async (emit) => {
    for (const line of await linesAfter(start.id, sent)) {
      emit("line", showLine(line, "citizen", t, lang), line.sequence);
      sent = line.sequence;
    }
    const row = await chatOfToken(db(), token);
    if (!row) return;
    const state = await citizenState(row);
    const payload = {
      status: row.status,
      text: stateText(state, lang),
      rateHref: state.satisfactionPath,
      rateText: t("chat.rate"),
      newText: t("chat.startNew"),
    };
    const key = JSON.stringify(payload);
    if (key !== lastState) {
      lastState = key;
      emit("state", payload);
    }
  });
}
