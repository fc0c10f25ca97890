import { data, Form, Link, redirect } from "react-router";
import { requireUser } from "~/kit/permissions/current-user.server";
import { pageTitle } from "~/kit/page-title";
import { translator } from "~/kit/i18n/catalogue";
import { languageOf } from "~/kit/i18n/languages";
import { useLocalize } from "~/kit/i18n/localized-text";
import { useLanguage, useT } from "~/kit/i18n/use-i18n";
import { formatDate, formatDateTime } from "~/kit/format";
import { Notice } from "~/kit/forms/components";
import { text, versionOf } from "~/kit/forms/form-data";
import { forbiddenResponse, notFoundResponse, requireId } from "~/kit/http/respond.server";
import { EditConflict, InvalidInput, NotFound, PermissionDenied } from "~/kit/validation/errors";
import { translateIssues } from "~/kit/validation/fields";
import { recordOutcome, respondToReferral } from "../commands/referral.server";
import { referralLimits, referralOutcomes } from "../inputs";
import { viewReferral } from "../queries.server";
import type { Route } from "./+types/referral";

/** `/:lang/work/referrals/:id`: one referral for the two organisations' people (the view is audited), and the receiver's answers. */
export async function loader({ request, params }: Route.LoaderArgs) {
  const lang = languageOf(params);
  const user = await requireUser(request, lang);
  try {
    return { referral: await viewReferral(user, requireId(params.id, lang)) };
  } catch (error) {
    if (error instanceof NotFound) throw notFoundResponse(lang);
    throw error;
  }
}

export async function action({ request, params }: Route.ActionArgs) {
  const lang = languageOf(params);
  const t = translator(lang);
  const user = await requireUser(request, lang);
  const id = requireId(params.id, lang);
  const form = await request.formData();
  const intent = text(form, "intent");
  const version = versionOf(form);
  try {
    if (intent === "accept" || intent === "decline")
      await respondToReferral(user, id, { decision: intent, declineReason: text(form, "declineReason"), version });
    else if (intent === "outcome") await recordOutcome(user, id, { outcome: text(form, "outcome"), version });
    else throw data(t("validation.invalid"), { status: 400 });
  } catch (error) {
    if (error instanceof EditConflict)
      return data({ conflict: t("referrals.conflict", { by: error.savedBy ?? t("referrals.conflictUnknown") }), errors: null }, { status: 409 });
    if (error instanceof InvalidInput) return data({ conflict: null, errors: translateIssues(error.issues, t) }, { status: 400 });
    if (error instanceof PermissionDenied) throw forbiddenResponse(lang);
    if (error instanceof NotFound) throw notFoundResponse(lang);
    throw error;
  }
  return redirect(`/${lang}/work/referrals/${id}?notice=${intent}`, { status: 303 });
}

export const meta = ({ params }: Route.MetaArgs) => pageTitle(params.lang, translator(languageOf(params))("referrals.detail.title"));

export default function ReferralPage({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const lang = useLanguage();
  const localize = useLocalize();
  const r = loaderData.referral;
  const errors = actionData?.errors;
  const fieldNames = r.sharedFields.map((f) => t(`referrals.field.${f as "name"}`)).join(", ");
  return (
    <>
      <p>
        <Link to={`/${lang}/work/referrals`}>{t("referrals.detail.back")}</Link>
      </p>
      <h1>{t("referrals.detail.title")}</h1>
      <Notice notices={{ accept: "referrals.notice.accept", decline: "referrals.notice.decline", outcome: "referrals.notice.outcome" }} />
      {actionData?.conflict && (
        <p role="alert" className="alert alert--error">
          {actionData.conflict}
        </p>
      )}
      {errors && (
        <div role="alert" className="alert alert--error">
          {Object.values(errors).map((e) => (
            <p key={e}>{e}</p>
          ))}
        </div>
      )}
      <dl className="facts">
        <dt>{t("referrals.detail.from")}</dt>
        <dd>{t("referrals.detail.fromWho", { organization: localize(r.fromName), name: r.referredByName })}</dd>
        <dt>{t("referrals.detail.to")}</dt>
        <dd>
          {localize(r.toName)}
          {r.serviceName && `: ${localize(r.serviceName)}`}
        </dd>
        <dt>{t("referrals.col.status")}</dt>
        <dd id="referral-status">
          {t(`referrals.status.${r.status as "sent"}`)}
          {r.handledByName && ` · ${t("referrals.detail.handledBy", { name: r.handledByName })}`}
        </dd>
        {r.declineReason && (
          <>
            <dt>{t("referrals.detail.declineReason")}</dt>
            <dd>{r.declineReason}</dd>
          </>
        )}
        {r.outcome && (
          <>
            <dt>{t("referrals.detail.outcome")}</dt>
            <dd id="referral-outcome">{t(`referrals.outcome.${r.outcome as "contacted"}`)}</dd>
          </>
        )}
        <dt>{t("referrals.detail.consent")}</dt>
        <dd>
          {t("referrals.detail.consentText", {
            recorded: formatDateTime(r.consentRecordedAt, lang),
            until: formatDate(r.consentUntil, lang),
            fields: fieldNames,
          })}
        </dd>
      </dl>
      <section aria-labelledby="referral-client">
        <h2 id="referral-client">{t("referrals.client")}</h2>
        {r.client ? (
          <>
            <p className="muted">{t("referrals.detail.viewLogged")}</p>
            <dl className="facts">
              <dt>{t("referrals.purpose")}</dt>
              <dd>{r.client.purpose}</dd>
              {r.client.name && (
                <>
                  <dt>{t("referrals.field.name")}</dt>
                  <dd>{r.client.name}</dd>
                </>
              )}
              {r.client.phone && (
                <>
                  <dt>{t("referrals.field.phone")}</dt>
                  <dd>{r.client.phone}</dd>
                </>
              )}
              {r.client.email && (
                <>
                  <dt>{t("referrals.field.email")}</dt>
                  <dd>{r.client.email}</dd>
                </>
              )}
              {r.client.language && (
                <>
                  <dt>{t("referrals.field.language")}</dt>
                  <dd>{t(`language.${r.client.language}` as never)}</dd>
                </>
              )}
              {r.client.background && (
                <>
                  <dt>{t("referrals.field.background")}</dt>
                  <dd>{r.client.background}</dd>
                </>
              )}
            </dl>
          </>
        ) : (
          <p>{t("referrals.detail.sharingEnded")}</p>
        )}
      </section>
      {r.mayAnswer && r.status === "sent" && (
        <>
          <Form method="post" className="form narrow">
            <input type="hidden" name="version" value={r.version} />
            <input type="hidden" name="intent" value="accept" />
            <button type="submit" className="button">
              {t("referrals.detail.accept")}
            </button>
          </Form>
          <Form method="post" className="form narrow">
            <input type="hidden" name="version" value={r.version} />
            <input type="hidden" name="intent" value="decline" />
            <div className="field">
              <label htmlFor="f-declineReason">{t("referrals.detail.declineReasonLabel")}</label>
              <textarea id="f-declineReason" name="declineReason" rows={3} maxLength={referralLimits.reason} required />
            </div>
            <button type="submit" className="button button--secondary">
              {t("referrals.detail.decline")}
            </button>
          </Form>
        </>
      )}
      {r.mayAnswer && r.status === "accepted" && (
        <Form method="post" className="form narrow">
          <input type="hidden" name="version" value={r.version} />
          <input type="hidden" name="intent" value="outcome" />
          <fieldset className="field" id="f-outcome">
            <legend>{t("referrals.detail.outcomeLabel")}</legend>
            {referralOutcomes.map((o) => (
              <div className="option" key={o}>
                <input type="radio" id={`outcome-${o}`} name="outcome" value={o} required />
                <label htmlFor={`outcome-${o}`}>{t(`referrals.outcome.${o}`)}</label>
              </div>
            ))}
          </fieldset>
          <button type="submit" className="button">
            {t("referrals.detail.recordOutcome")}
          </button>
        </Form>
      )}
    </>
  );
}
