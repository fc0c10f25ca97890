import { data, Form, redirect } from "react-router";
import { pageTitle } from "~/kit/page-title";
import { InvalidInput } from "~/kit/validation/errors";
import { translateIssues } from "~/kit/validation/fields";
import { translator } from "~/kit/i18n/catalogue";
import { languageOf } from "~/kit/i18n/languages";
import { useLanguage, useT } from "~/kit/i18n/use-i18n";
import { ErrorSummary, TextField, type FieldErrors, HoneypotField } from "~/kit/forms/components";
import { clientAddress } from "~/kit/http/client-address.server";
import { rateLimited, refusalMessage } from "~/kit/rate-limit/answer.server";
import { submitFeedback } from "../commands/submit.server";
import { feedbackPosts } from "../rate-limit.server";
import { feedbackKinds, feedbackLimits, isFeedbackKind, pagePathOf, returnPathOf } from "../inputs";
import type { Route } from "./+types/feedback";

// The refusal's Retry-After goes out with the page.
export { headers } from "~/kit/rate-limit/answer.server";

interface Values {
  kind: string;
  message: string;
  page: string;
  email: string;
}

/**
 * `/:lang/feedback`: the feedback form; `?kind=accessibility` is the accessibility feedback channel
 * that the accessibility statement links to, `?page=/fi/…` names the page the feedback concerns.
 */
export function loader({ request, params }: Route.LoaderArgs) {
  const t = translator(languageOf(params));
  const query = new URL(request.url).searchParams;
  const kind = query.get("kind") ?? "general";
  if (!isFeedbackKind(kind)) throw data(t("feedback.badKind"), { status: 400 });
  const page = query.get("page") ?? "";
  if (page && pagePathOf(page) === null) throw data(t("feedback.badPage"), { status: 400 });
  const sent = query.get("sent");
  if (sent !== null && !isFeedbackKind(sent)) throw data(t("feedback.badKind"), { status: 400 });
  return { kind, page, sent: sent };
}

export async function action({ request, params }: Route.ActionArgs) {
  const lang = languageOf(params);
  const t = translator(lang);
  const form = await request.formData();
  const field = (name: string) => {
    const value = form.get(name);
    return typeof value === "string" ? value : "";
  };
  const values: Values = { kind: field("kind"), message: field("message"), page: field("page"), email: field("email") };
  const refuse = (errors: FieldErrors, status = 400) => data({ errors, values }, { status });
  const verdict = await feedbackPosts.consume({ address: clientAddress(request) });
  if (!verdict.allowed) {
    const limited: FieldErrors = { form: refusalMessage(verdict, t) };
    return data({ errors: limited, values }, rateLimited(verdict));
  }
  // A bot fills every field; a person does not see this one.
  if (field("website") !== "") return refuse({ website: t("feedback.honeypotFilled") });
  const back = field("back");
  const backTo = back ? returnPathOf(back, lang) : null;
  if (back && !backTo) return refuse({ page: t("feedback.badPage") });
  if (!isFeedbackKind(values.kind)) return refuse({ kind: t("feedback.badKind") });
  try {
    await submitFeedback({ kind: values.kind, language: lang, message: values.message, page: values.page, email: values.email });
  } catch (error) {
    if (error instanceof InvalidInput) return refuse(translateIssues(error.issues, t));
    throw error;
  }
  if (backTo) return redirect(`${backTo}${backTo.includes("?") ? "&" : "?"}feedback=sent#page-feedback`, { status: 303 });
  return redirect(`/${lang}/feedback?sent=${values.kind}`, { status: 303 });
}

export const meta = ({ params }: Route.MetaArgs) => pageTitle(params.lang, translator(languageOf(params))("feedback.title"));

export default function FeedbackPage({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const lang = useLanguage();
  const refused = actionData;
  const values: Values = refused?.values ?? { kind: loaderData.kind, message: "", page: loaderData.page, email: "" };
  const errors = refused?.errors;
  const kind = isFeedbackKind(values.kind) ? values.kind : "general";
  return (
    <>
      <h1>{t("feedback.title")}</h1>
      {loaderData.sent && !refused && (
        <p role="status" className="alert alert--success" id="feedback-sent" tabIndex={-1}>
          {t(loaderData.sent === "accessibility" ? "feedback.sentAccessibility" : "feedback.sent")}
        </p>
      )}
      <p className="lead">{t(kind === "accessibility" ? "feedback.introAccessibility" : "feedback.intro")}</p>
      <ErrorSummary
        errors={errors}
        labels={{
          kind: t("feedback.kind"),
          message: t("feedback.message"),
          page: t("feedback.page"),
          email: t("feedback.email"),
          website: t("feedback.honeypot"),
        }}
      />
      <Form method="post" action={`/${lang}/feedback`} className="form narrow" id="f-form" key={JSON.stringify(refused ?? loaderData)}>
        <fieldset className="field" id="f-kind">
          <legend>{t("feedback.kind")}</legend>
          {feedbackKinds.map((k) => (
            <label key={k}>
              <input type="radio" name="kind" value={k} defaultChecked={k === kind} required /> {t(`feedback.kind.${k}`)}
            </label>
          ))}
          {errors?.kind && <p className="field__error">{errors.kind}</p>}
        </fieldset>
        <TextField
          name="message"
          label={t("feedback.message")}
          hint={t("feedback.messageHint", { max: feedbackLimits.message })}
          value={values.message}
          errors={errors}
          multiline
          required
          maxLength={feedbackLimits.message}
        />
        <TextField
          name="page"
          label={t("feedback.page")}
          hint={t("feedback.pageHint")}
          value={values.page}
          errors={errors}
          maxLength={feedbackLimits.returnTo}
        />
        <TextField
          name="email"
          label={t("feedback.email")}
          hint={t("feedback.emailHint")}
          value={values.email}
          errors={errors}
          type="email"
          autoComplete="email"
        />
        <HoneypotField label={t("feedback.honeypot")} />
        <button type="submit" className="button">
          {t("feedback.submit")}
        </button>
      </Form>
    </>
  );
}
