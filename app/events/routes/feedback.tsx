import { data, redirect } from "react-router";
import { pageTitle } from "~/kit/page-title";
import { InvalidInput, NotFound } from "~/kit/validation/errors";
import { translateIssues } from "~/kit/validation/fields";
import { translator } from "~/kit/i18n/catalogue";
import { localize } from "~/kit/i18n/localized";
import { languageOf } from "~/kit/i18n/languages";
import { useT } from "~/kit/i18n/use-i18n";
import { ErrorSummary, TextField } from "~/kit/forms/components";
import { clientAddress } from "~/kit/http/client-address.server";
import { notFoundResponse } from "~/kit/http/respond.server";
import { rateLimited, refusalMessage } from "~/kit/rate-limit/answer.server";
import { text } from "~/kit/forms/form-data";
import { answerFeedback, feedbackTarget } from "../commands/attendance.server";
import { eventLimits } from "../inputs";
import { linkAttempts } from "../rate-limit.server";
import type { Route } from "./+types/feedback";

export { headers } from "~/kit/rate-limit/answer.server";

/** `/:lang/events/feedback/:token`: the feedback form after an event, one answer per registration (1–5 and a comment). */
export async function loader({ params, request }: Route.LoaderArgs) {
  const lang = languageOf(params);
  const target = await feedbackTarget(params.token ?? "");
  if (!target) throw notFoundResponse(lang);
  return {
    title: localize(target.event.title, lang).text,
    given: !!target.feedbackGivenAt,
    thanks: new URL(request.url).searchParams.get("thanks") === "1",
  };
}

export async function action({ params, request }: Route.ActionArgs) {
  const lang = languageOf(params);
  const t = translator(lang);
  if (Number(request.headers.get("content-length") ?? 0) > eventLimits.formBytes) throw data(t("events.tooLarge"), { status: 413 });
  const form = await request.formData();
  const values = { rating: text(form, "rating"), comment: text(form, "comment") };
  const verdict = await linkAttempts.consume({ address: clientAddress(request) });
  if (!verdict.allowed) return data({ errors: { form: refusalMessage(verdict, t) }, values }, rateLimited(verdict));
  try {
    await answerFeedback(params.token ?? "", values);
  } catch (error) {
    if (error instanceof NotFound) throw notFoundResponse(lang);
    if (error instanceof InvalidInput) return data({ errors: translateIssues(error.issues, t), values }, { status: 400 });
    throw error;
  }
  return redirect(`/${lang}/events/feedback/${params.token}?thanks=1`, { status: 303, headers: { "Referrer-Policy": "same-origin" } });
}

export const meta = ({ params }: Route.MetaArgs) => [
  ...pageTitle(params.lang, translator(languageOf(params))("events.feedback.title")),
  { name: "robots", content: "noindex" },
];

export default function FeedbackPage({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const errors: Record<string, string> | undefined = actionData?.errors;
  return (
    <>
      <h1>{t("events.feedback.title")}</h1>
      <p className="lead">{loaderData.title}</p>
      {loaderData.thanks && (
        <p className="alert alert--success" role="status">
          {t("events.feedback.thanks")}
        </p>
      )}
      {loaderData.given ? (
        !loaderData.thanks && <p>{t("events.feedback.alreadyGiven")}</p>
      ) : (
        <>
          <ErrorSummary errors={errors} labels={{ rating: t("events.feedback.rating"), comment: t("events.feedback.comment") }} />
          <form method="post" className="form narrow">
            <fieldset className="field" id="f-rating">
              <legend>{t("events.feedback.rating")}</legend>
              {[1, 2, 3, 4, 5].map((n) => (
                <div key={n} className="option">
                  <input type="radio" id={`f-rating--${n}`} name="rating" value={n} required defaultChecked={actionData?.values.rating === String(n)} />
                  <label htmlFor={`f-rating--${n}`}>{t(`events.feedback.rating${n}` as "events.feedback.rating1")}</label>
                </div>
              ))}
              {errors?.rating && <p className="field__error">{errors.rating}</p>}
            </fieldset>
            <TextField
              name="comment"
              label={t("events.feedback.comment")}
              value={actionData?.values.comment ?? ""}
              errors={errors}
              multiline
              maxLength={eventLimits.comment}
            />
            <button type="submit" className="button" id="f-submit">
              {t("events.feedback.send")}
            </button>
          </form>
        </>
      )}
    </>
  );
}
