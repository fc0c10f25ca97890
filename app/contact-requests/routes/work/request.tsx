import { data, Form, Link, redirect } from "react-router";
import { requireUser } from "~/kit/permissions/current-user.server";
import { pageTitle } from "~/kit/page-title";
import { config } from "~/kit/config.server";
import { translator } from "~/kit/i18n/catalogue";
import { languageOf } from "~/kit/i18n/languages";
import { Localized } from "~/kit/i18n/localized-text";
import { useLanguage, useT } from "~/kit/i18n/use-i18n";
import { formatDate, formatDateTime } from "~/kit/format";
import { Notice } from "~/kit/forms/components";
import { text, versionOf } from "~/kit/forms/form-data";
import { notFoundResponse, requireId } from "~/kit/http/respond.server";
import { translateIssues } from "~/kit/validation/fields";
import { EditConflict, InvalidInput, NotFound } from "~/kit/validation/errors";
import { answerRequest, claimRequest, closeRequest } from "../../commands/handle.server";
import { contactChannels } from "../../inputs";
import { viewRequest } from "../../queries.server";
import type { Route } from "./+types/request";

/** `/:lang/work/contact-requests/:id`: one request with the person's details (the view is audited) and its handling. */
export async function loader({ request, params }: Route.LoaderArgs) {
  const lang = languageOf(params);
  const user = await requireUser(request, lang);
  const id = requireId(params.id, lang);
  try {
    return { request: await viewRequest(user, id), retentionMonths: config.contactRetentionMonths };
  } catch (error) {
    if (error instanceof NotFound) throw notFoundResponse(lang);
    throw error;
  }
}

const steps = { claim: claimRequest, answer: answerRequest, close: closeRequest } as const;

export async function action({ request, params }: Route.ActionArgs) {
  const lang = languageOf(params);
  const user = await requireUser(request, lang);
  const id = requireId(params.id, lang);
  const form = await request.formData();
  const intent = text(form, "intent");
  if (!Object.hasOwn(steps, intent)) throw data(translator(lang)("validation.invalid"), { status: 400 });
  const values = { answerChannel: text(form, "answerChannel"), version: versionOf(form) };
  try {
    await steps[intent as keyof typeof steps](user, id, values);
  } catch (error) {
    const t = translator(lang);
    if (error instanceof EditConflict)
      return data({ conflict: t("contactQueue.conflict", { by: error.savedBy ?? t("contactQueue.conflictUnknown") }), errors: null }, { status: 409 });
    if (error instanceof InvalidInput) return data({ conflict: null, errors: translateIssues(error.issues, t) }, { status: 400 });
    if (error instanceof NotFound) throw notFoundResponse(lang);
    throw error;
  }
  return redirect(`/${lang}/work/contact-requests/${id}?notice=${intent}`, { status: 303 });
}

export const meta = ({ params }: Route.MetaArgs) => pageTitle(params.lang, translator(languageOf(params))("contactQueue.detail.title"));

export default function RequestPage({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const lang = useLanguage();
  const { request: r, retentionMonths } = loaderData;
  const open = r.status === "received" || r.status === "handling";
  const conflict = actionData?.conflict;
  const errors = actionData?.errors;
  return (
    <>
      <p>
        <Link to={`/${lang}/work/contact-requests`}>{t("contactQueue.detail.back")}</Link>
      </p>
      <h1>{t("contactQueue.detail.title")}</h1>
      <Notice notices={{ claim: "contactQueue.notice.claim", answer: "contactQueue.notice.answer", close: "contactQueue.notice.close" }} />
      {conflict && (
        <p role="alert" className="alert alert--error">
          {conflict}
        </p>
      )}
      {errors && (
        <div role="alert" className="alert alert--error">
          {Object.values(errors).map((e) => (
            <p key={e}>{e}</p>
          ))}
        </div>
      )}
      {r.overdue && <p className="alert alert--error">{t("contactQueue.overdue")}</p>}
      <dl className="facts">
        <dt>{t("contactRequests.service")}</dt>
        <dd>
          <Localized value={r.serviceName ?? r.organizationName} />
        </dd>
        <dt>{t("contactRequests.topic")}</dt>
        <dd>{r.topic === "other" ? t("contactRequests.topic.other") : t(`topic.${r.topic}` as never)}</dd>
        <dt>{t("contactRequests.language")}</dt>
        <dd>{t(`language.${r.language}` as never)}</dd>
        <dt>{t("contactRequests.channel")}</dt>
        <dd>{t(`contactRequests.channel.${r.channel as "phone"}`)}</dd>
        <dt>{t("contactQueue.col.status")}</dt>
        <dd id="request-status">
          {t(`contactRequests.status.${r.status as "received"}`)}
          {r.claimedByName && ` · ${t("contactQueue.handler", { name: r.claimedByName })}`}
        </dd>
        <dt>{t("contactQueue.col.received")}</dt>
        <dd>{formatDateTime(r.receivedAt, lang)}</dd>
        <dt>{t("contactQueue.col.due")}</dt>
        <dd>{formatDate(r.dueAt, lang)}</dd>
        {r.answeredAt && (
          <>
            <dt>{t("contactRequests.status.answered")}</dt>
            <dd>
              {t("contactQueue.detail.answered", {
                date: formatDateTime(r.answeredAt, lang),
                channel: t(`contactRequests.channel.${(r.answerChannel ?? "phone") as "phone"}`),
              })}
            </dd>
          </>
        )}
        {r.closedAt && (
          <>
            <dt>{t("contactRequests.status.closed")}</dt>
            <dd>{t("contactQueue.detail.closedAt", { date: formatDateTime(r.closedAt, lang) })}</dd>
          </>
        )}
      </dl>
      <section aria-labelledby="request-person">
        <h2 id="request-person">{t("contactQueue.detail.person")}</h2>
        {r.personalDataDeletedAt ? (
          <p>{t("contactQueue.detail.deleted", { date: formatDate(r.personalDataDeletedAt, lang) })}</p>
        ) : (
          <>
            <p className="muted">{t("contactQueue.detail.viewLogged")}</p>
            <dl className="facts">
              <dt>{t("contactRequests.name")}</dt>
              <dd>{r.name}</dd>
              {r.phone && (
                <>
                  <dt>{t("contactRequests.phone")}</dt>
                  <dd>
                    <a href={`tel:${r.phone.replace(/\s/g, "")}`}>{r.phone}</a>
                  </dd>
                </>
              )}
              {r.email && (
                <>
                  <dt>{t("contactRequests.email")}</dt>
                  <dd>
                    <a href={`mailto:${r.email}`}>{r.email}</a>
                  </dd>
                </>
              )}
              <dt>{t("contactRequests.preferredTimes")}</dt>
              <dd>{r.preferredTimes}</dd>
              {r.note && (
                <>
                  <dt>{t("contactRequests.note")}</dt>
                  <dd className="pre-line">{r.note}</dd>
                </>
              )}
            </dl>
          </>
        )}
      </section>
      {open && (
        <Form method="post" className="form narrow">
          <input type="hidden" name="version" value={r.version} />
          <input type="hidden" name="intent" value="claim" />
          <button type="submit" className="button button--secondary">
            {t("contactQueue.detail.claim")}
          </button>
        </Form>
      )}
      {open && (
        <Form method="post" className="form narrow">
          <input type="hidden" name="version" value={r.version} />
          <input type="hidden" name="intent" value="answer" />
          <fieldset className="field" id="f-answerChannel">
            <legend>{t("contactQueue.detail.answerChannel")}</legend>
            {contactChannels.map((c) => (
              <div className="option" key={c}>
                <input type="radio" id={`answer-${c}`} name="answerChannel" value={c} defaultChecked={c === r.channel} required />
                <label htmlFor={`answer-${c}`}>{t(`contactRequests.channel.${c}`)}</label>
              </div>
            ))}
          </fieldset>
          <button type="submit" className="button">
            {t("contactQueue.detail.answer")}
          </button>
        </Form>
      )}
      {(open || r.status === "answered") && (
        <Form method="post" className="form narrow">
          <input type="hidden" name="version" value={r.version} />
          <input type="hidden" name="intent" value="close" />
          <p>{t("contactQueue.detail.closeHint", { months: retentionMonths })}</p>
          <button type="submit" className="button button--secondary">
            {t("contactQueue.detail.close")}
          </button>
        </Form>
      )}
    </>
  );
}
