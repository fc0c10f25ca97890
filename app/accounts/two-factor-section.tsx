import { Form } from "react-router";
import { useT } from "~/kit/i18n/use-i18n";

interface Props {
  state: { enabled: boolean; required: boolean };
  email: string;
  intent?: string;
  errors: Record<string, string>;
  enrolment?: { secret: string; uri: string; qrSvg: string };
  recoveryCodes?: string[];
  busy: boolean;
}

/** A password field with its error, for the forms that confirm the user's password first. */
function PasswordField({ id, email, error }: { id: string; email: string; error?: string }) {
  const t = useT();
  return (
    <div className="field">
      <input type="hidden" name="username" autoComplete="username" value={email} />
      <label htmlFor={id}>{t("account.twoFactor.password")}</label>
      <input
        id={id}
        name="password"
        type="password"
        autoComplete="current-password"
        required
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      />
      {error && (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      )}
    </div>
  );
}

/**
 * Two-factor authentication on the account page (decision 0178): set it up (password, then the
 * secret as text and QR code, then a code to confirm), see the recovery codes once, make new ones or
 * turn it off. Plain forms: it works without JavaScript.
 */
export function TwoFactorSection({ state, email, intent, errors, enrolment, recoveryCodes, busy }: Props) {
  const t = useT();
  const errorOf = (forIntent: string, field: string) => (intent === forIntent ? errors[field] : undefined);
  return (
    <section aria-labelledby="two-factor">
      <h2 id="two-factor">{t("account.twoFactor.title")}</h2>
      {recoveryCodes ? (
        <>
          <p role="status" className="alert alert--success">
            {intent === "2fa-confirm" ? t("account.twoFactor.enabled") : t("account.twoFactor.newCodes")}
          </p>
          <p>{t("account.twoFactor.codesAdvice")}</p>
          <ul className="recovery-codes" aria-label={t("account.twoFactor.codesLabel")}>
            {recoveryCodes.map((code) => (
              <li key={code}>
                <code>{code}</code>
              </li>
            ))}
          </ul>
        </>
      ) : enrolment ? (
        <>
          <p>{t("account.twoFactor.scan")}</p>
          <div className="qr-code" role="img" aria-label={t("account.twoFactor.qrLabel")} dangerouslySetInnerHTML={{ __html: enrolment.qrSvg }} />
          <p>
            {t("account.twoFactor.secret")} <code id="two-factor-secret">{enrolment.secret}</code>
          </p>
          <Form method="post" className="form narrow" noValidate>
            <input type="hidden" name="intent" value="2fa-confirm" />
            <input type="hidden" name="uri" value={enrolment.uri} />
            <div className="field">
              <label htmlFor="two-factor-code">{t("account.twoFactor.code")}</label>
              <input
                id="two-factor-code"
                name="code"
                inputMode="numeric"
                autoComplete="one-time-code"
                required
                maxLength={10}
                aria-invalid={errorOf("2fa-confirm", "code") ? true : undefined}
                aria-describedby={errorOf("2fa-confirm", "code") ? "two-factor-code-error" : undefined}
              />
              {errorOf("2fa-confirm", "code") && (
                <p id="two-factor-code-error" className="field__error">
                  {errorOf("2fa-confirm", "code")}
                </p>
              )}
            </div>
            <button id="two-factor-confirm" type="submit" className="button" disabled={busy}>
              {t("account.twoFactor.confirm")}
            </button>
          </Form>
        </>
      ) : state.enabled ? (
        <>
          <p>{t("account.twoFactor.on")}</p>
          <Form method="post" className="form narrow" noValidate>
            <PasswordField id="two-factor-password" email={email} error={errorOf("2fa-codes", "password") ?? errorOf("2fa-disable", "password")} />
            <button type="submit" name="intent" value="2fa-codes" className="button" disabled={busy}>
              {t("account.twoFactor.regenerate")}
            </button>{" "}
            <button type="submit" name="intent" value="2fa-disable" className="button button--secondary" disabled={busy}>
              {t("account.twoFactor.disable")}
            </button>
          </Form>
          {state.required && <p>{t("account.twoFactor.requiredOn")}</p>}
        </>
      ) : (
        <>
          {state.required && (
            <p role="alert" className="alert alert--error">
              {t("account.twoFactor.required")}
            </p>
          )}
          <p>{t("account.twoFactor.intro")}</p>
          <Form method="post" className="form narrow" noValidate>
            <input type="hidden" name="intent" value="2fa-start" />
            <PasswordField id="two-factor-start-password" email={email} error={errorOf("2fa-start", "password")} />
            <button id="two-factor-start" type="submit" className="button" disabled={busy}>
              {t("account.twoFactor.start")}
            </button>
          </Form>
        </>
      )}
    </section>
  );
}
