import { data } from "react-router";
import { translator } from "~/kit/i18n/catalogue";
import { languageOf } from "~/kit/i18n/languages";
import { clientAddress } from "~/kit/http/client-address.server";
import { refusalMessage, rateLimited } from "~/kit/rate-limit/answer.server";
import { InvalidInput, translateIssue } from "~/kit/validation/errors";
import { postCitizenMessage } from "../commands/citizen.server";
import { chatLimits } from "../inputs";
import { chatMessages } from "../rate-limit.server";
import { readResumeToken, resumeCookie } from "../resume-cookie.server";
import type { Route } from "./+types/messages";

/**
 * `/:lang/chat/messages`: the island's way to send a message without reloading the page. Answers
 * 201 with the message's sequence number once it is stored; `intent=ping` only keeps the chat
 * resumable while the tab is open. Errors are JSON with a message in the page's language.
 */
export async function action({ request, params }: Route.ActionArgs) {
  const lang = languageOf(params);
  const t = translator(lang);
  if (Number(request.headers.get("content-length") ?? 0) > chatLimits.formBytes) return Response.json({ message: t("chat.tooLarge") }, { status: 413 });
  const token = readResumeToken(request);
  if (!token) return Response.json({ message: t("chat.notFound") }, { status: 404 });
  const form = await request.formData();
  const headers = { "Set-Cookie": resumeCookie(request, token), "Cache-Control": "no-store" };
  if (form.get("intent") === "ping") return new Response(null, { status: 204, headers });
  const verdict = await chatMessages.consume({ address: clientAddress(request) });
  if (!verdict.allowed) return Response.json({ message: refusalMessage(verdict, t) }, rateLimited(verdict));
  const body = form.get("body");
  try {
    const sequence = await postCitizenMessage(token, { body: typeof body === "string" ? body : "" });
    return Response.json({ sequence }, { status: 201, headers });
  } catch (error) {
    if (error instanceof InvalidInput) return Response.json({ message: error.issues.map((i) => translateIssue(i, t)).join(" ") }, { status: 400 });
    throw error;
  }
}

export function loader() {
  throw data(null, { status: 405 });
}
