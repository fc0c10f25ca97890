import { data, Form, Link, redirect, redirectDocument, useNavigation } from "react-router";
import { Button, TextInput } from "suomifi-ui-components";
import { signInWithPassword } from "~/accounts/commands/sign-in.server";
import { clientAddress } from "~/kit/http/client-address.server";
import { rateLimited, refusalMessage } from "~/kit/rate-limit/answer.server";
import { safeNext } from "~/accounts/safe-next";
import { pageTitle } from "~/kit/page-title";
import { translator } from "~/kit/i18n/catalogue";
import { languageOf } from "~/kit/i18n/languages";
import { useLanguage, useT } from "~/kit/i18n/use-i18n";
import type { Route } from "./+types/sign-in";
import { text } from "../../kit/forms/form-data";
import { isDatabaseUnavailable, retryAfterSeconds } from "~/kit/db/unavailable";

// The refusal's Retry-After goes out with the page.
export { headers } from "~/kit/rate-limit/answer.server";

export function loader({ request, params }: Route.LoaderArgs) {
  return { next: safeNext(new URL(request.url).searchParams.get("next"), String(params.lang)) };
}

export async function action({ request, params }: Route.ActionArgs) {
  const lang = languageOf(params);
  const t = translator(lang);
  const form = await request.formData();
  const email = text(form, "email").trim().slice(0, 320);
  const password = text(form, "password").slice(0, 200);
  if (!email || !password) return data({ error: t("signIn.failed"), email }, { status: 400 });
  // While the database is down, say so rather than blame the password.
  const unavailable = () => data({ error: t("signIn.unavailable"), email }, { status: 503, headers: { "Retry-After": String(retryAfterSeconds) } });
  try {
    const outcome = await signInWithPassword({ email, password, address: clientAddress(request), headers: request.headers });
    if (outcome.kind === "unavailable") return unavailable();
    if (outcome.kind === "limited") return data({ error: refusalMessage(outcome.refusal, t), email }, rateLimited(outcome.refusal));
    if (outcome.kind === "failed") return data({ error: t("signIn.failed"), email }, { status: 401 });
    const headers = new Headers();
    for (const cookie of outcome.cookies) headers.append("Set-Cookie", cookie);
    const next = safeNext(form.get("next"), lang);
    // With two-factor authentication better-auth answers with a pending-sign-in cookie instead of a
    // session; the second step is a plain HTML page of its own, loaded in full.
    if (outcome.kind === "secondStep") return redirectDocument(`/${lang}/sign-in/code?next=${encodeURIComponent(next)}`, { headers });
    return redirect(next, { headers });
  } catch (error) {
    if (isDatabaseUnavailable(error)) return unavailable();
    throw error;
  }
}

export const meta = ({ params }: Route.MetaArgs) => pageTitle(params.lang, translator(languageOf(params))("signIn.title"));

export default function SignIn({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const lang = useLanguage();
  const navigation = useNavigation();
  const next = loaderData.next;
  return (
    <>
      <h1>{t("signIn.title")}</h1>
      <p>{t("signIn.intro")}</p>
      <Form method="post" className="form narrow">
        {actionData?.error && (
          <p role="alert" className="alert alert--error">
            {actionData.error}
          </p>
        )}
        <input type="hidden" name="next" value={next} />
        <div className="field">
          <TextInput
            id="sign-in-email"
            name="email"
            type="email"
            labelText={t("signIn.email")}
            autoComplete="username"
            required
            defaultValue={actionData?.email}
            fullWidth
          />
        </div>
        <div className="field">
          <TextInput
            id="sign-in-password"
            name="password"
            type="password"
            labelText={t("signIn.password")}
            autoComplete="current-password"
            required
            fullWidth
          />
        </div>
        <Button id="sign-in-submit" type="submit" disabled={navigation.state === "submitting"}>
          {t("signIn.submit")}
        </Button>
      </Form>
      <p>
        {/* A full page load: the reset pages are plain HTML whose texts the browser does not load. */}
        <Link reloadDocument to={`/${lang}/forgot-password`}>
          {t("signIn.forgot")}
        </Link>
      </p>
    </>
  );
}
