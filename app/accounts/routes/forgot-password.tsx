import { data, Form } from "react-router";
import { passwordResetRequests } from "~/accounts/rate-limits.server";
import { rateLimited, refusalMessage } from "~/kit/rate-limit/answer.server";
import { clientAddress } from "~/kit/http/client-address.server";
import { requestPasswordReset } from "~/accounts/commands/password-reset.server";
import { pageTitle } from "~/kit/page-title";
import { translator } from "~/kit/i18n/catalogue";
import { languageOf } from "~/kit/i18n/languages";
import { useT } from "~/kit/i18n/use-i18n";
import type { Route } from "./+types/forgot-password";
import { text } from "../../kit/forms/form-data";

// A plain HTML page: it works without JavaScript and adds none to the public pages.
export const handle = { hydrate: false };

// The refusal's Retry-After goes out with the page.
export { headers } from "~/kit/rate-limit/answer.server";

/** Always the same answer, whether or not the address has an account; within the limits of decision 0177. */
export async function action({ request, params }: Route.ActionArgs) {
  const form = await request.formData();
  const email = text(form, "email");
  const address = clientAddress(request);
  const verdict = await passwordResetRequests.consume({ account: email.trim().toLowerCase().slice(0, 320), address });
  if (!verdict.allowed) return data({ sent: false, error: refusalMessage(verdict, translator(languageOf(params))) }, rateLimited(verdict));
  await requestPasswordReset(email, languageOf(params), address);
  return { sent: true, error: undefined };
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
          {actionData?.error && (
            <p role="alert" className="alert alert--error">
              {actionData.error}
            </p>
          )}
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
