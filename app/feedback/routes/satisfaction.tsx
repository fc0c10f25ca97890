import { data, Form, redirect, type HeadersFunction } from "react-router";
import { pageTitle } from "~/kit/page-title";
import { InvalidInput } from "~/kit/validation/errors";
import { translateIssues } from "~/kit/validation/fields";
import { translator } from "~/kit/i18n/catalogue";
import { languageOf } from "~/kit/i18n/languages";
import { Localized } from "~/kit/i18n/localized-text";
import { useT } from "~/kit/i18n/use-i18n";
import { ErrorSummary, TextField, type FieldErrors } from "~/kit/forms/components";
import { clientAddress } from "~/kit/http/client-address.server";
import { rateLimited, refusalMessage } from "~/kit/rate-limit/answer.server";
import { answerSatisfaction } from "../commands/satisfaction.server";
import { satisfactionPosts } from "../rate-limit.server";
import { isSecretTokenShaped } from "~/kit/secret-token.server";
import { satisfactionLimits, satisfactionScores } from "../satisfaction-inputs";
import { openQuestion } from "../satisfaction-queries.server";
import type { Route } from "./+types/satisfaction";

/** The address is the key to the question: no cache keeps the page, and the Retry-After of a refusal goes out. */
export const headers: HeadersFunction = ({ actionHeaders }) => {
  const headers = new Headers({ "Cache-Control": "private, no-store" });
  const retryAfter = actionHeaders.get("Retry-After");
  if (retryAfter) headers.set("Retry-After", retryAfter);
  return headers;
};

/**
 * `/:lang/satisfaction/:token`: the one question after a service (decision 0202), a plain form that
 * needs no JavaScript and no account. `?thanks` is the page after answering.
 */
export async function loader({ request, params }: Route.LoaderArgs) {
  if (new URL(request.url).searchParams.has("thanks")) return { state: "thanks" as const };
  const question = isSecretTokenShaped(params.token) ? await openQuestion(params.token) : null;
  if (!question) return data({ state: "gone" as const }, { status: 410 });
  return { state: "open" as const, question };
}

export async function action({ request, params }: Route.ActionArgs) {
  const lang = languageOf(params);
  const t = translator(lang);
  const form = await request.formData();
  const field = (name: string) => {
    const value = form.get(name);
    return typeof value === "string" ? value : "";
  };
  const values = { score: field("score"), comment: field("comment") };
  const refuse = (errors: FieldErrors, init: number | ResponseInit) => data({ errors, values }, init);
  const verdict = await satisfactionPosts.consume({ address: clientAddress(request) });
  if (!verdict.allowed) return refuse({ form: refusalMessage(verdict, t) }, rateLimited(verdict));
  if (!isSecretTokenShaped(params.token)) return refuse({ form: t("satisfaction.gone") }, { status: 410 });
  try {
    const outcome = await answerSatisfaction(params.token, values);
    if (outcome === "gone") return refuse({ form: t("satisfaction.gone") }, { status: 410 });
  } catch (error) {
    if (error instanceof InvalidInput) return refuse(translateIssues(error.issues, t), { status: 400 });
    throw error;
  }
  return redirect(`/${lang}/satisfaction/${params.token}?thanks`, { status: 303 });
}

export const meta = ({ params }: Route.MetaArgs) => pageTitle(params.lang, translator(languageOf(params))("satisfaction.title"));

export default function SatisfactionQuestion({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  if (loaderData.state === "thanks") {
    return (
      <>
        <h1>{t("satisfaction.title")}</h1>
        <p role="status" className="alert alert--success">
          {t("satisfaction.thanks")}
        </p>
      </>
    );
  }
  if (loaderData.state === "gone") {
    return (
      <>
        <h1>{t("satisfaction.title")}</h1>
        <p className="alert">{t("satisfaction.gone")}</p>
      </>
    );
  }
  const { question } = loaderData;
  const errors = actionData?.errors;
  const values = actionData?.values ?? { score: "", comment: "" };
  return (
    <>
      <h1>{t("satisfaction.title")}</h1>
      <p className="lead">
        {t(`satisfaction.intro.${question.kind}`)} <Localized value={question.serviceName ?? question.organizationName} />
      </p>
      <ErrorSummary errors={errors} labels={{ score: t("satisfaction.question"), comment: t("satisfaction.comment") }} />
      <Form method="post" className="form narrow" id="satisfaction-form" reloadDocument>
        <fieldset className="field" id="f-score" aria-describedby={errors?.score ? "f-score-error" : undefined}>
          <legend>{t("satisfaction.question")}</legend>
          {satisfactionScores.map((score) => (
            <label key={score}>
              <input type="radio" name="score" value={score} defaultChecked={values.score === String(score)} required /> {t(`satisfaction.score.${score}`)}
            </label>
          ))}
          {errors?.score && (
            <p className="field__error" id="f-score-error">
              {errors.score}
            </p>
          )}
        </fieldset>
        <TextField
          name="comment"
          label={t("satisfaction.comment")}
          hint={t("satisfaction.commentHint", { max: satisfactionLimits.comment })}
          value={values.comment}
          errors={errors}
          multiline
          maxLength={satisfactionLimits.comment}
        />
        <button type="submit" className="button">
          {t("satisfaction.submit")}
        </button>
      </Form>
    </>
  );
}
