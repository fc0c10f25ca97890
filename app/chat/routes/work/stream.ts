import { eq } from "drizzle-orm";
import { translator } from "~/kit/i18n/catalogue";
import { languageOf } from "~/kit/i18n/languages";
import { db } from "~/kit/db/db.server";
import { requireUser } from "~/kit/permissions/current-user.server";
import { forbiddenResponse } from "~/kit/http/respond.server";
import { isUuid } from "~/kit/validation/uuid";
import { dutyRegionsOf } from "../../duty.server";
import { topics } from "../../live.server";
import { canReadChat } from "../../permissions";
import { showLine } from "../../present";
import { linesAfter } from "../../queries.server";
import { chat } from "../../schema.server";
import { eventStream, lastSeen } from "../../stream.server";
import type { Route } from "./+types/stream";

/**
 * `/:lang/work/chat/stream`: the duty page's live events. "changed" whenever the queue of a region
 * the user is on duty in, or their own chats, change (the page reloads its data); with `?chat=` also
 * that chat's new lines, numbered, while the user holds it.
 */
export async function loader({ request, params }: Route.LoaderArgs) {
  const lang = languageOf(params);
  const t = translator(lang);
  const user = await requireUser(request, lang);
  const chatParam = new URL(request.url).searchParams.get("chat");
  const chatId = isUuid(chatParam) ? chatParam : null;
  const regions = await dutyRegionsOf(db(), user.id, new Date());
  const names = [topics.user(user.id), ...regions.map(topics.region)];
  if (chatId) names.push(topics.chat(chatId));
  let sent = lastSeen(request);
  let lastKey = "";
  let first = true;
  if (chatId) {
    const [row] = await db().select({ regionCode: chat.regionCode, assignedUserId: chat.assignedUserId }).from(chat).where(eq(chat.id, chatId));
    if (!row || !canReadChat(user, row)) throw forbiddenResponse(lang);
  }
  return eventStream(request.signal, names, async (emit) => {
    if (!chatId) {
      // The duty page: any change of the queue or of one's chats reloads it.
      if (first) first = false;
      else emit("changed", {});
      return;
    }
    const [row] = await db()
      .select({ regionCode: chat.regionCode, assignedUserId: chat.assignedUserId, status: chat.status })
      .from(chat)
      .where(eq(chat.id, chatId));
    const key = `${row?.status}:${row?.assignedUserId}`;
    // The chat ended or was transferred: the page reloads (and a transferred chat shows no more lines).
    const readable = !!row && canReadChat(user, row);
    // A transfer away is followed by the page's own redirect; reloading would only meet a 403.
    if (key !== lastKey && !first && readable) emit("changed", {});
    first = false;
    lastKey = key;
    if (!readable) return;
    for (const line of await linesAfter(chatId, sent)) {
      emit("line", showLine(line, "practitioner", t, lang), line.sequence);
      sent = line.sequence;
    }
  });
}
