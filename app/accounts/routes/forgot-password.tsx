import { Form } from "react-router";
import { clientAddress } from "~/accounts/commands/own-account.server";
import { requestPasswordReset } from "~/accounts/commands/password-reset.server";
import { pageTitle } from "~/kit/page-title";
import { translator } from "~/kit/i18n/catalogue";
import { languageOf } from "~/kit/i18n/languages";
import { useT } from "~/kit/i18n/use-i18n";
import type { Route } from "./+types/forgot-password";
import { text } from "../../kit/forms/form-data";

// A plain HTML page: it works without JavaScript and adds none to the public pages.
export const handle = { hydrate: false };

/**
 * Always the same answer, whether or not the address has an account. The place for a rate limit
 * on reset requests is before the command here (one call).
 */
export async function action({ request, params }: Route.ActionArgs) {
  const form = await request.formData();
  await requestPasswordReset(text(form, "email"), languageOf(params), clientAddress(request));
  return { sent: true };
}

export const meta = ({ params }: Route.MetaArgs) => pageTitle(params.lang, translator(languageOf(params))("reset.requestTitle"));

export default function ForgotPassword({ actionData }: Route.ComponentProps) {
  const t = useT();
  return (
    <>
      <h1>{t("reset.requestTitle")}</h1>
      {actionData?.sent ? (
        <p role="status" className="alert alert--success">
          {t("reset.sent")}
        </p>
      ) : (
        <Form method="post" className="form narrow">
          <p>{t("reset.requestIntro")}</p>
          <div className="field">
            <label htmlFor="reset-email">{t("reset.email")}</label>
            <input id="reset-email" name="email" type="email" autoComplete="username" required maxLength={320} />
          </div>
          <button type="submit" className="button">
            {t("reset.send")}
          </button>
        </Form>
      )}
    </>
  );
}
