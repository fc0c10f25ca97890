import { data, Form, redirect, useNavigation, useSearchParams } from "react-router";
import { changeOwnName, changeOwnPassword } from "~/accounts/commands/own-account.server";
import { clientAddress } from "~/kit/http/client-address.server";
import { endOwnSessions } from "~/accounts/commands/sessions.server";
import {
  confirmTwoFactor,
  disableTwoFactor,
  enrolmentFrom,
  regenerateRecoveryCodes,
  startTwoFactor,
  type Enrolment,
} from "~/accounts/commands/two-factor.server";
import { needsTwoFactor } from "~/accounts/two-factor-rules";
import { TwoFactorSection } from "~/accounts/two-factor-section";
import { config } from "~/kit/config.server";
import { listOwnSessions } from "~/accounts/queries/sessions.server";
import { auth } from "~/accounts/auth.server";
import { readSignedIn } from "~/accounts/session-user.server";
import { requireUser } from "~/kit/permissions/current-user.server";
import { formatDateTime } from "~/kit/format";
import { pageTitle } from "~/kit/page-title";
import { InvalidInput } from "~/kit/validation/errors";
import { translateIssues } from "~/kit/validation/fields";
import { translator } from "~/kit/i18n/catalogue";
import { languageOf } from "~/kit/i18n/languages";
import { useLanguage, useT } from "~/kit/i18n/use-i18n";
import type { Route } from "./+types/account";
import { text } from "../../kit/forms/form-data";
import { FieldError } from "~/accounts/field-error";

/** The signed-in user and the session they are using; without one, requireUser sends them to sign in. */
async function signedIn(request: Request, lang: string) {
  return (await readSignedIn(request)) ?? { user: await requireUser(request, lang), sessionId: "", twoFactorEnabled: false };
}

export async function loader({ request, params }: Route.LoaderArgs) {
  const { user, sessionId, twoFactorEnabled } = await signedIn(request, languageOf(params));
  const twoFactor = { enabled: twoFactorEnabled, required: config.requireTwoFactor && needsTwoFactor(user) };
  return { name: user.name, email: user.email, sessions: await listOwnSessions(user.id, sessionId), twoFactor };
}

type Errors = Record<string, string>;
type Answer = { intent: string; errors: Errors; name: string; enrolment?: Enrolment; recoveryCodes?: string[] };
const answer = (value: Answer, status = 200) => data(value, { status });

export async function action({ request, params }: Route.ActionArgs) {
  const lang = languageOf(params);
  const t = translator(lang);
  const { user, sessionId } = await signedIn(request, lang);
  const form = await request.formData();
  const intent = text(form, "intent");
  const address = clientAddress(request);
  const here = `/${lang}/work/account`;
  try {
    switch (intent) {
      case "name":
        await changeOwnName(user, { name: text(form, "name").slice(0, 1000) }, address);
        return redirect(`${here}?done=name`, { status: 303 });
      case "password":
        await changeOwnPassword(user, { currentPassword: text(form, "currentPassword"), newPassword: text(form, "newPassword") }, sessionId, address);
        return redirect(`${here}?done=password`, { status: 303 });
      case "end-others": {
        const ended = await endOwnSessions(user, sessionId, address);
        return redirect(`${here}?ended=${ended}`, { status: 303 });
      }
      case "end-all": {
        await endOwnSessions(user, null, address);
        // better-auth's sign-out clears this browser's cookies (its session is gone already).
        const response = await auth().api.signOut({ headers: request.headers, asResponse: true });
        const headers = new Headers();
        for (const cookie of response.headers.getSetCookie()) headers.append("Set-Cookie", cookie);
        return redirect(`/${lang}/sign-in`, { status: 303, headers });
      }
      case "2fa-start":
        return answer({ intent, errors: {}, name: "", enrolment: await startTwoFactor(request, text(form, "password")) });
      case "2fa-confirm":
        return answer({ intent, errors: {}, name: "", recoveryCodes: await confirmTwoFactor(user, text(form, "code"), address) });
      case "2fa-codes":
        return answer({ intent, errors: {}, name: "", recoveryCodes: await regenerateRecoveryCodes(request, user, text(form, "password"), address) });
      case "2fa-disable":
        await disableTwoFactor(user, text(form, "password"), address);
        return redirect(`${here}?done=2fa-off`, { status: 303 });
      default:
        return answer({ intent, errors: { form: t("error.forbidden") }, name: "" }, 400);
    }
  } catch (error) {
    if (error instanceof InvalidInput) {
      const name = intent === "name" ? text(form, "name").slice(0, 200) : "";
      // A wrong confirmation code shows the same secret again, from the address the form sent back.
      const uri = text(form, "uri");
      const enrolment = intent === "2fa-confirm" && uri.startsWith("otpauth://totp/") ? await enrolmentFrom(uri.slice(0, 500)) : undefined;
      return answer({ intent, errors: translateIssues(error.issues, t), name, enrolment }, 400);
    }
    throw error;
  }
}

export const meta = ({ params }: Route.MetaArgs) => pageTitle(params.lang, translator(languageOf(params))("account.title"));

export default function Account({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const lang = useLanguage();
  const navigation = useNavigation();
  const [search] = useSearchParams();
  const busy = navigation.state === "submitting";
  const errorsOf = (intent: string): Errors => (actionData?.intent === intent ? actionData.errors : {});
  const nameErrors = errorsOf("name");
  const passwordErrors = errorsOf("password");
  const ended = search.get("ended");
  const done = search.get("done");
  const invalid = (errors: Errors, field: string, id: string) =>
    errors[field] ? { "aria-invalid": true as const, "aria-describedby": `${id}-error` } : { "aria-invalid": undefined, "aria-describedby": undefined };
  return (
    <>
      <h1>{t("account.title")}</h1>
      <p>{t("account.intro", { email: loaderData.email })}</p>
      {(done || ended !== null) && (
        <p role="status" className="alert alert--success">
          {done === "name" && t("account.nameSaved")}
          {done === "password" && t("account.passwordChanged")}
          {done === "2fa-off" && t("account.twoFactor.disabled")}
          {ended !== null && t("account.othersEnded", { count: Number(ended) || 0 })}
        </p>
      )}

      <TwoFactorSection
        state={loaderData.twoFactor}
        email={loaderData.email}
        intent={actionData?.intent}
        errors={actionData?.errors ?? {}}
        enrolment={actionData?.enrolment}
        recoveryCodes={actionData?.recoveryCodes}
        busy={busy}
      />

      <h2>{t("account.nameTitle")}</h2>
      <Form method="post" className="form narrow" noValidate>
        <input type="hidden" name="intent" value="name" />
        <div className="field">
          <label htmlFor="account-name">{t("account.name")}</label>
          <input
            id="account-name"
            name="name"
            autoComplete="name"
            required
            maxLength={100}
            defaultValue={actionData?.intent === "name" ? actionData.name : loaderData.name}
            {...invalid(nameErrors, "name", "account-name")}
          />
          <FieldError id="account-name-error" message={nameErrors.name} />
        </div>
        <button type="submit" className="button" disabled={busy}>
          {t("account.saveName")}
        </button>
      </Form>

      <h2>{t("account.passwordTitle")}</h2>
      <Form method="post" className="form narrow" noValidate>
        <input type="hidden" name="intent" value="password" />
        <input type="hidden" name="username" autoComplete="username" value={loaderData.email} />
        <div className="field">
          <label htmlFor="account-current-password">{t("account.currentPassword")}</label>
          <input
            id="account-current-password"
            name="currentPassword"
            type="password"
            autoComplete="current-password"
            required
            {...invalid(passwordErrors, "currentPassword", "account-current-password")}
          />
          <FieldError id="account-current-password-error" message={passwordErrors.currentPassword} />
        </div>
        <div className="field">
          <label htmlFor="account-new-password">{t("account.newPassword")}</label>
          <p id="account-new-password-hint" className="field__hint">
            {t("account.passwordHint")}
          </p>
          <input
            id="account-new-password"
            name="newPassword"
            type="password"
            autoComplete="new-password"
            required
            aria-invalid={passwordErrors.newPassword ? true : undefined}
            aria-describedby={["account-new-password-hint", passwordErrors.newPassword ? "account-new-password-error" : ""].join(" ").trim()}
          />
          <FieldError id="account-new-password-error" message={passwordErrors.newPassword} />
        </div>
        <button type="submit" className="button" disabled={busy}>
          {t("account.changePassword")}
        </button>
      </Form>

      <h2>{t("account.sessionsTitle")}</h2>
      <p>{t("account.sessionsIntro")}</p>
      <table className="data">
        <thead>
          <tr>
            <th scope="col">{t("account.col.started")}</th>
            <th scope="col">{t("account.col.lastActive")}</th>
            <th scope="col">{t("account.col.browser")}</th>
            <th scope="col">{t("account.col.address")}</th>
          </tr>
        </thead>
        <tbody>
          {loaderData.sessions.map((s) => (
            <tr key={s.id}>
              <td>
                {formatDateTime(s.createdAt, lang)} {s.current && t("account.thisSession")}
              </td>
              <td>{formatDateTime(s.lastActiveAt, lang)}</td>
              <td>{s.userAgent ?? ""}</td>
              <td>{s.address ?? ""}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <Form method="post" className="form">
        <button type="submit" name="intent" value="end-others" className="button" disabled={busy}>
          {t("account.endOthers")}
        </button>{" "}
        <button type="submit" name="intent" value="end-all" className="button button--secondary" disabled={busy}>
          {t("account.endAll")}
        </button>
      </Form>
    </>
  );
}
