import { data, Form, Link } from "react-router";
import { clientAddress } from "~/kit/http/client-address.server";
import { checkPasswordReset, resetPassword, ResetUnusable } from "~/accounts/commands/password-reset.server";
import { pageTitle } from "~/kit/page-title";
import { InvalidInput } from "~/kit/validation/errors";
import { translateIssues } from "~/kit/validation/fields";
import { translator } from "~/kit/i18n/catalogue";
import { languageOf } from "~/kit/i18n/languages";
import { useLanguage, useT } from "~/kit/i18n/use-i18n";
import type { Route } from "./+types/reset-password";
import { text } from "../../kit/forms/form-data";

// A plain HTML page: it works without JavaScript and adds none to the public pages.
export const handle = { hydrate: false };

type State = "form" | "invalid" | "done";
const answer = (state: State, status = 200, errors: Record<string, string> = {}) => data({ state, errors }, { status });

export async function loader({ params }: Route.LoaderArgs) {
  try {
    await checkPasswordReset(params.token);
    return answer("form");
  } catch (error) {
    if (error instanceof ResetUnusable) return answer("invalid", error.status);
    throw error;
  }
}

export async function action({ request, params }: Route.ActionArgs) {
  const form = await request.formData();
  try {
    await resetPassword(params.token, text(form, "password").slice(0, 1000), clientAddress(request));
    return answer("done");
  } catch (error) {
    if (error instanceof ResetUnusable) return answer("invalid", error.status);
    if (error instanceof InvalidInput) return answer("form", 400, translateIssues(error.issues, translator(languageOf(params))));
    throw error;
  }
}

export const meta = ({ params }: Route.MetaArgs) => pageTitle(params.lang, translator(languageOf(params))("reset.title"));

export default function ResetPassword({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const lang = useLanguage();
  const { state, errors } = actionData ?? loaderData;
  return (
    <>
      <h1>{t("reset.title")}</h1>
      {state === "invalid" && (
        <>
          <p role="alert" className="alert alert--error">
            {t("reset.invalid")}
          </p>
          <p>
            <Link to={`/${lang}/forgot-password`}>{t("reset.requestNew")}</Link>
          </p>
        </>
      )}
      {state === "done" && (
        <>
          <p role="status" className="alert alert--success">
            {t("reset.done")}
          </p>
          <p>
            <Link className="button" to={`/${lang}/sign-in`}>
              {t("reset.signIn")}
            </Link>
          </p>
        </>
      )}
      {state === "form" && (
        <Form method="post" className="form narrow" noValidate>
          <p>{t("reset.intro")}</p>
          {errors.password && (
            <p role="alert" className="alert alert--error">
              {t("common.formErrors")}
            </p>
          )}
          <div className="field">
            <label htmlFor="reset-password">{t("reset.newPassword")}</label>
            <input
              id="reset-password"
              name="password"
              type="password"
              autoComplete="new-password"
              required
              aria-invalid={errors.password ? true : undefined}
              aria-describedby={errors.password ? "reset-password-error" : undefined}
            />
            {errors.password && (
              <p id="reset-password-error" className="field__error">
                {errors.password}
              </p>
            )}
          </div>
          <button type="submit" className="button">
            {t("reset.save")}
          </button>
        </Form>
      )}
    </>
  );
}
