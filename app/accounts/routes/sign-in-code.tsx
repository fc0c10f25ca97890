import { data, Form, Link, redirect } from "react-router";
import { signInAttempts } from "~/accounts/rate-limits.server";
import { clientAddress } from "~/kit/http/client-address.server";
import { rateLimited, refusalMessage } from "~/kit/rate-limit/answer.server";
import { completeTwoFactorSignIn } from "~/accounts/commands/two-factor.server";
import { safeNext } from "~/accounts/safe-next";
import { pageTitle } from "~/kit/page-title";
import { translator } from "~/kit/i18n/catalogue";
import { languageOf } from "~/kit/i18n/languages";
import { useLanguage, useT } from "~/kit/i18n/use-i18n";
import type { Route } from "./+types/sign-in-code";
import { text } from "../../kit/forms/form-data";

// The second step of signing in (decision 0178). A plain HTML page: it works without JavaScript and
// adds none to the public pages.
export const handle = { hydrate: false };

export function loader({ request, params }: Route.LoaderArgs) {
  return { next: safeNext(new URL(request.url).searchParams.get("next"), languageOf(params)), error: "" };
}

// The refusal's Retry-After goes out with the page.
export { headers } from "~/kit/rate-limit/answer.server";

export async function action({ request, params }: Route.ActionArgs) {
  const lang = languageOf(params);
  const form = await request.formData();
  const next = safeNext(form.get("next"), lang);
  const address = clientAddress(request);
  // Codes count against the address's sign-in attempts, as passwords do (decision 0177).
  const verdict = await signInAttempts.consume({ address });
  if (!verdict.allowed) return data({ next, error: refusalMessage(verdict, translator(lang)) }, rateLimited(verdict));
  const result = await completeTwoFactorSignIn(request, text(form, "code"), address);
  if (result.ok) return redirect(next, { headers: result.cookies });
  return data({ next, error: translator(lang)("twoFactor.wrongCode") }, { status: 401 });
}

export const meta = ({ params }: Route.MetaArgs) => pageTitle(params.lang, translator(languageOf(params))("twoFactor.title"));

export default function SignInCode({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const lang = useLanguage();
  const { next, error } = actionData ?? loaderData;
  return (
    <>
      <h1>{t("twoFactor.title")}</h1>
      <p>{t("twoFactor.intro")}</p>
      <Form method="post" className="form narrow" noValidate>
        {error && (
          <p role="alert" className="alert alert--error">
            {error}
          </p>
        )}
        <input type="hidden" name="next" value={next} />
        <div className="field">
          <label htmlFor="sign-in-code">{t("twoFactor.code")}</label>
          <p id="sign-in-code-hint" className="field__hint">
            {t("twoFactor.codeHint")}
          </p>
          <input
            id="sign-in-code"
            name="code"
            autoComplete="one-time-code"
            spellCheck={false}
            required
            maxLength={40}
            aria-invalid={error ? true : undefined}
            aria-describedby="sign-in-code-hint"
          />
        </div>
        <button id="sign-in-code-submit" type="submit" className="button">
          {t("twoFactor.submit")}
        </button>
      </Form>
      <p>
        <Link to={`/${lang}/sign-in`}>{t("twoFactor.startOver")}</Link>
      </p>
    </>
  );
}
