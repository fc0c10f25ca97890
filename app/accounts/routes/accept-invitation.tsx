import { data, Form, Link, redirect, useNavigation } from "react-router";
import { auth } from "~/accounts/auth.server";
import { invitationAttempts } from "~/accounts/rate-limits.server";
import { clientAddress } from "~/kit/http/client-address.server";
import { rateLimited, refusalMessage } from "~/kit/rate-limit/answer.server";
import { acceptInvitation, acceptInvitationAsUser, AccountExists, findUsableInvitation, InvitationUnusable } from "~/accounts/commands/invitation.server";
import { getCurrentUser } from "~/kit/permissions/current-user.server";
import { passwordLimits } from "~/accounts/inputs";
import type { Role } from "~/kit/permissions/roles";
import { pageTitle } from "~/kit/page-title";
import { InvalidInput, PermissionDenied } from "~/kit/validation/errors";
import { translateIssues } from "~/kit/validation/fields";
import { translator } from "~/kit/i18n/catalogue";
import { isLanguage, type Language } from "~/kit/i18n/languages";
import { useLanguage, useT } from "~/kit/i18n/use-i18n";
import type { Route } from "./+types/accept-invitation";
import { text } from "../../kit/forms/form-data";

// The refusal's Retry-After goes out with the page.
export { headers } from "~/kit/rate-limit/answer.server";

const languageOf = (lang: string | undefined): Language => (isLanguage(lang) ? lang : "fi");

type View =
  | { state: "invalid" }
  | { state: "new"; email: string; role: Role }
  | { state: "signIn"; email: string; role: Role }
  | { state: "accept"; email: string; role: Role }
  | { state: "wrongUser"; email: string; role: Role; current: string };

async function view(request: Request, token: string): Promise<View> {
  const found = await findUsableInvitation(token);
  if (!found.accountExists) return { state: "new", email: found.email, role: found.role };
  const user = await getCurrentUser(request);
  if (!user) return { state: "signIn", email: found.email, role: found.role };
  if (user.email.toLowerCase() !== found.email) return { state: "wrongUser", email: found.email, role: found.role, current: user.email };
  return { state: "accept", email: found.email, role: found.role };
}

/** An unusable link answers with its own page: 404 when unknown, 410 when expired or used. */
const noErrors: Record<string, string> = {};
const invalidView: View = { state: "invalid" };
const unusable = (error: InvitationUnusable) => data({ view: invalidView, errors: noErrors, name: "" }, { status: error.status });

export async function loader({ request, params }: Route.LoaderArgs) {
  try {
    return { view: await view(request, params.token), errors: {} as Record<string, string>, name: "" };
  } catch (error) {
    if (error instanceof InvitationUnusable) return unusable(error);
    throw error;
  }
}

export async function action({ request, params }: Route.ActionArgs) {
  const lang = languageOf(params.lang);
  const t = translator(lang);
  const form = await request.formData();
  const name = text(form, "name").slice(0, 20_000);
  try {
    // The link's token is what a guesser would vary, so it counts as the account here.
    const verdict = await invitationAttempts.consume({ account: params.token, address: clientAddress(request) });
    if (!verdict.allowed) {
      // Refused alike whether the link is good or not, so that the refusal tells a guesser nothing.
      const shown = await view(request, params.token).catch((error: unknown) => {
        if (error instanceof InvitationUnusable) return invalidView;
        throw error;
      });
      const limited: Record<string, string> = { form: refusalMessage(verdict, t) };
      return data({ view: shown, errors: limited, name: name.slice(0, 200) }, rateLimited(verdict));
    }
    if (form.get("intent") === "accept-as-user") {
      const user = await getCurrentUser(request);
      if (!user) return redirect(`/${lang}/invitations/${encodeURIComponent(params.token)}`);
      await acceptInvitationAsUser(params.token, user);
      return redirect(`/${lang}/work`);
    }
    const password = text(form, "password").slice(0, 1000);
    const { email } = await acceptInvitation(params.token, { name, password });
    const response = await auth().api.signInEmail({ body: { email, password }, headers: request.headers, asResponse: true });
    if (!response.ok) return redirect(`/${lang}/sign-in`);
    const headers = new Headers();
    for (const cookie of response.headers.getSetCookie()) headers.append("Set-Cookie", cookie);
    return redirect(`/${lang}/work`, { headers });
  } catch (error) {
    if (error instanceof InvitationUnusable) return unusable(error);
    if (error instanceof InvalidInput) {
      return data({ view: await view(request, params.token), errors: translateIssues(error.issues, t), name: name.slice(0, 200) }, { status: 400 });
    }
    // The address got an account in the meantime, or someone else is signed in: show what to do.
    if (error instanceof AccountExists || error instanceof PermissionDenied) {
      return data({ view: await view(request, params.token), errors: noErrors, name: "" }, { status: 409 });
    }
    throw error;
  }
}

export const meta = ({ params }: Route.MetaArgs) => pageTitle(params.lang, translator(languageOf(params.lang))("invitation.title"));

export default function AcceptInvitation({ loaderData, actionData, params }: Route.ComponentProps) {
  const t = useT();
  const lang = useLanguage();
  const navigation = useNavigation();
  const { view, errors, name } = actionData ?? loaderData;
  const here = `/${lang}/invitations/${encodeURIComponent(params.token)}`;
  if (view.state === "invalid")
    return (
      <>
        <h1>{t("invitation.title")}</h1>
        <p role="alert" className="alert alert--error">
          {errors.form ?? t("invitation.invalid")}
        </p>
        <p>
          <Link to={`/${lang}`}>{t("error.backHome")}</Link>
        </p>
      </>
    );
  const role = t(`role.${view.role}`);
  return (
    <>
      <h1>{t("invitation.title")}</h1>
      {errors.form && (
        <p role="alert" className="alert alert--error">
          {errors.form}
        </p>
      )}
      {view.state === "signIn" && (
        <>
          <p>{t("invitation.existingAccount", { email: view.email })}</p>
          <p>
            <Link className="button" to={`/${lang}/sign-in?next=${encodeURIComponent(here)}`}>
              {t("invitation.signInFirst")}
            </Link>
          </p>
        </>
      )}
      {view.state === "wrongUser" && (
        <p role="alert" className="alert alert--error">
          {t("invitation.wrongUser", { email: view.email, current: view.current })}
        </p>
      )}
      {view.state === "accept" && (
        <Form method="post" className="form narrow">
          <p>{t("invitation.acceptAsUser", { role, email: view.email })}</p>
          <button type="submit" name="intent" value="accept-as-user" className="button" disabled={navigation.state === "submitting"}>
            {t("invitation.acceptRole")}
          </button>
        </Form>
      )}
      {view.state === "new" && (
        <Form method="post" className="form narrow" noValidate>
          <p>{t("invitation.intro", { email: view.email })}</p>
          {Object.keys(errors).some((key) => key !== "form") && (
            <p role="alert" className="alert alert--error">
              {t("common.formErrors")}
            </p>
          )}
          {/* For password managers: the account's user name. */}
          <input type="hidden" name="username" autoComplete="username" value={view.email} />
          <div className="field">
            <label htmlFor="invitation-name">{t("invitation.name")}</label>
            <input
              id="invitation-name"
              name="name"
              autoComplete="name"
              required
              defaultValue={name}
              maxLength={200}
              aria-invalid={errors.name ? true : undefined}
              aria-describedby={errors.name ? "invitation-name-error" : undefined}
            />
            {errors.name && (
              <p id="invitation-name-error" className="field__error">
                {errors.name}
              </p>
            )}
          </div>
          <div className="field">
            <label htmlFor="invitation-password">{t("invitation.password")}</label>
            <input
              id="invitation-password"
              name="password"
              type="password"
              autoComplete="new-password"
              required
              minLength={passwordLimits.min}
              maxLength={passwordLimits.max}
              aria-invalid={errors.password ? true : undefined}
              aria-describedby={errors.password ? "invitation-password-error" : undefined}
            />
            {errors.password && (
              <p id="invitation-password-error" className="field__error">
                {errors.password}
              </p>
            )}
          </div>
          <button type="submit" className="button" disabled={navigation.state === "submitting"}>
            {t("invitation.submit")}
          </button>
        </Form>
      )}
    </>
  );
}
