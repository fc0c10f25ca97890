import { data, Form, redirect, useNavigation } from "react-router";
import { Button, TextInput } from "suomifi-ui-components";
import { signInWithPassword } from "~/accounts/commands/sign-in.server";
import { clientAddress } from "~/kit/http/client-address.server";
import { rateLimited, refusalMessage } from "~/kit/rate-limit/answer.server";
import { pageTitle } from "~/kit/page-title";
import { translator } from "~/kit/i18n/catalogue";
import { languageOf } from "~/kit/i18n/languages";
import { useT } from "~/kit/i18n/use-i18n";
import type { Route } from "./+types/sign-in";
import { text } from "../../kit/forms/form-data";

// The refusal's Retry-After goes out with the page.
export { headers } from "~/kit/rate-limit/answer.server";

/** Only local paths, so that the sign-in page cannot be used to send people elsewhere. */
function safeNext(value: FormDataEntryValue | string | null, lang: string) {
  const next = typeof value === "string" ? value : "";
  return next.startsWith("/") && !next.startsWith("//") ? next : `/${lang}/work`;
}

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
  const outcome = await signInWithPassword({ email, password, address: clientAddress(request), headers: request.headers });
  if (outcome.kind === "limited") return data({ error: refusalMessage(outcome.refusal, t), email }, rateLimited(outcome.refusal));
  if (outcome.kind === "failed") return data({ error: t("signIn.failed"), email }, { status: 401 });
  const headers = new Headers();
  for (const cookie of outcome.cookies) headers.append("Set-Cookie", cookie);
  return redirect(safeNext(form.get("next"), lang), { headers });
}

export const meta = ({ params }: Route.MetaArgs) => pageTitle(params.lang, translator(languageOf(params))("signIn.title"));

export default function SignIn({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
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
    </>
  );
}
