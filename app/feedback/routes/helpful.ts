import { redirect } from "react-router";
import { InvalidInput } from "~/kit/validation/errors";
import { translator } from "~/kit/i18n/catalogue";
import { languageOf } from "~/kit/i18n/languages";
import { recordVote } from "../commands/submit.server";
import { returnPathOf } from "../inputs";
import type { Route } from "./+types/helpful";
import { text as formText } from "../../kit/forms/form-data";

const text = (body: string, status: number) => new Response(body, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });

/** Only the "did this page help?" form posts here; a visit by address is told so. */
export function loader({ params }: Route.LoaderArgs) {
  return text(translator(languageOf(params))("feedback.methodNotAllowed"), 405);
}

/**
 * `POST /:lang/feedback/helpful` from the form in the page footer: a plain form post that works
 * without JavaScript. Goes back to the page with `?feedback=thanks` (or `missing` after a "no", which
 * offers the follow-up question); the page itself stays cacheable without the flag.
 */
export async function action({ request, params }: Route.ActionArgs) {
  const lang = languageOf(params);
  const t = translator(lang);
  const form = await request.formData();
  const page = formText(form, "page");
  const back = returnPathOf(page, lang);
  if (!back) return text(t("feedback.badPage"), 400);
  const helpful = formText(form, "helpful");
  try {
    await recordVote({ language: lang, page, helpful: helpful as "yes" });
  } catch (error) {
    if (error instanceof InvalidInput) return text(t(error.issues[0].key, error.issues[0].values), 400);
    throw error;
  }
  const flag = helpful === "yes" ? "thanks" : "missing";
  return redirect(`${back}${back.includes("?") ? "&" : "?"}feedback=${flag}#page-feedback`, { status: 303 });
}
