import { data, redirect } from "react-router";
import { pageTitle } from "~/kit/page-title";
import { config } from "~/kit/config.server";
import { InvalidInput } from "~/kit/validation/errors";
import { translateIssues } from "~/kit/validation/fields";
import { translator } from "~/kit/i18n/catalogue";
import { localize } from "~/kit/i18n/localized";
import { Localized } from "~/kit/i18n/localized-text";
import { languageOf } from "~/kit/i18n/languages";
import { useLanguage, useT } from "~/kit/i18n/use-i18n";
import { ErrorSummary, SelectField, TextField, type FieldErrors, ConsentField, HoneypotField } from "~/kit/forms/components";
import { clientAddress } from "~/kit/http/client-address.server";
import { requireId } from "~/kit/http/respond.server";
import { rateLimited, refusalMessage } from "~/kit/rate-limit/answer.server";
import { serviceLanguages } from "~/network-map/public";
import { submitContactRequest } from "../commands/submit.server";
import { contactChannels, requestLimits, requestTopics } from "../inputs";
import { contactRequestPosts } from "../rate-limit.server";
import { requestableService } from "../queries.server";
import type { Route } from "./+types/request";

export { headers } from "~/kit/rate-limit/answer.server";

const fieldNames = ["topic", "language", "channel", "preferredTimes", "name", "phone", "email", "note", "consent"] as const;
type Values = Record<(typeof fieldNames)[number], string>;

/** `/:lang/services/:id/contact`: a citizen asks the service's people to contact them. Plain HTML; no account, no JavaScript. */
export async function loader({ params }: Route.LoaderArgs) {
  const lang = languageOf(params);
  const target = await requestableService(requireId(params.id, lang));
  if (!target) throw data(translator(lang)("contactRequests.noService"), { status: 404 });
  return { service: target, retentionMonths: config.contactRetentionMonths };
}

export async function action({ request, params }: Route.ActionArgs) {
  const lang = languageOf(params);
  const t = translator(lang);
  const serviceId = requireId(params.id, lang);
  // The form is a few short fields: anything much larger is not a person typing.
  if (Number(request.headers.get("content-length") ?? 0) > requestLimits.formBytes) throw data(t("contactRequests.tooLarge"), { status: 413 });
  const form = await request.formData();
  const field = (name: string) => {
    const value = form.get(name);
    return typeof value === "string" ? value : "";
  };
  const values = Object.fromEntries(fieldNames.map((name) => [name, field(name)])) as Values;
  const verdict = await contactRequestPosts.consume({ address: clientAddress(request) });
  if (!verdict.allowed) return data({ errors: { form: refusalMessage(verdict, t) }, values }, rateLimited(verdict));
  // A bot fills every field; a person does not see this one.
  if (field("website") !== "") return data({ errors: { website: t("contactRequests.honeypotFilled") }, values }, { status: 400 });
  try {
    const { token } = await submitContactRequest({ ...values, serviceId, pageLanguage: lang });
    return redirect(`/${lang}/contact-requests/${token}?sent=1`, { status: 303, headers: { "Referrer-Policy": "same-origin" } });
  } catch (error) {
    if (error instanceof InvalidInput) return data({ errors: translateIssues(error.issues, t), values }, { status: 400 });
    throw error;
  }
}

export const meta = ({ params }: Route.MetaArgs) => pageTitle(params.lang, translator(languageOf(params))("contactRequests.title"));

export default function ContactRequestPage({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const lang = useLanguage();
  const { service: target, retentionMonths } = loaderData;
  const errors: FieldErrors | undefined = actionData?.errors;
  const values: Values = actionData?.values ?? {
    topic: target.topics[0] ?? "other",
    language: (serviceLanguages as readonly string[]).includes(lang) ? lang : "fi",
    channel: "phone",
    preferredTimes: "",
    name: "",
    phone: "",
    email: "",
    note: "",
    consent: "",
  };
  const topics = [...target.topics.filter((c) => (requestTopics as readonly string[]).includes(c)), "other"];
  const languages = [...new Set([...target.languages, lang])].filter((c) => (serviceLanguages as readonly string[]).includes(c));
  return (
    <>
      <h1>{t("contactRequests.title")}</h1>
      <p className="lead">
        <Localized value={target.name} /> – <Localized value={target.organizationName} />
      </p>
      <p>{t("contactRequests.intro")}</p>
      <ErrorSummary
        errors={errors}
        labels={{
          topic: t("contactRequests.topic"),
          language: t("contactRequests.language"),
          channel: t("contactRequests.channel"),
          preferredTimes: t("contactRequests.preferredTimes"),
          name: t("contactRequests.name"),
          phone: t("contactRequests.phone"),
          email: t("contactRequests.email"),
          note: t("contactRequests.note"),
          consent: t("contactRequests.consent"),
          website: t("contactRequests.honeypot"),
        }}
      />
      <form method="post" action={`/${lang}/services/${target.id}/contact`} className="form narrow" key={JSON.stringify(actionData ?? {})}>
        <SelectField
          name="topic"
          label={t("contactRequests.topic")}
          value={values.topic}
          errors={errors}
          required
          options={topics.map((c) => ({ value: c, label: c === "other" ? t("contactRequests.topic.other") : t(`topic.${c}` as never) }))}
        />
        <SelectField
          name="language"
          label={t("contactRequests.language")}
          value={values.language}
          errors={errors}
          required
          options={languages.map((c) => ({ value: c, label: t(`language.${c}` as never) }))}
        />
        <fieldset className="field" id="f-channel">
          <legend>{t("contactRequests.channel")}</legend>
          {contactChannels.map((c) => (
            <div key={c} className="option">
              <input type="radio" id={`f-channel--${c}`} name="channel" value={c} defaultChecked={c === values.channel} required />
              <label htmlFor={`f-channel--${c}`}>{t(`contactRequests.channel.${c}`)}</label>
            </div>
          ))}
          {errors?.channel && <p className="field__error">{errors.channel}</p>}
        </fieldset>
        <TextField
          name="preferredTimes"
          label={t("contactRequests.preferredTimes")}
          hint={t("contactRequests.preferredTimesHint")}
          value={values.preferredTimes}
          errors={errors}
          required
          maxLength={requestLimits.preferredTimes}
        />
        <TextField
          name="name"
          label={t("contactRequests.name")}
          value={values.name}
          errors={errors}
          required
          autoComplete="name"
          maxLength={requestLimits.name}
        />
        <p className="field__hint" id="contact-hint">
          {t("contactRequests.contactHint")}
        </p>
        <TextField name="phone" label={t("contactRequests.phone")} value={values.phone} errors={errors} type="tel" autoComplete="tel" maxLength={40} />
        <TextField name="email" label={t("contactRequests.email")} value={values.email} errors={errors} type="email" autoComplete="email" maxLength={320} />
        <TextField
          name="note"
          label={t("contactRequests.note")}
          hint={t("contactRequests.noteWarning")}
          value={values.note}
          errors={errors}
          multiline
          maxLength={requestLimits.note}
        />
        <ConsentField
          label={t("contactRequests.consent")}
          text={t("contactRequests.consentText", { months: retentionMonths })}
          checked={values.consent === "yes"}
          error={errors?.consent}
        />
        <HoneypotField label={t("contactRequests.honeypot")} />
        <button type="submit" className="button" id="f-submit">
          {t("contactRequests.submit")}
        </button>
      </form>
      <p>
        <a href={`/${lang}/services/${target.id}`}>{localize(target.name, lang).text}</a>
      </p>
    </>
  );
}
