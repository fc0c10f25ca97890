import { Form, Link, redirect } from "react-router";
import { requireUser } from "~/kit/permissions/current-user.server";
import { pageTitle } from "~/kit/page-title";
import { translator } from "~/kit/i18n/catalogue";
import { languageOf } from "~/kit/i18n/languages";
import { useLocalize } from "~/kit/i18n/localized-text";
import { useLanguage, useT } from "~/kit/i18n/use-i18n";
import { CheckboxGroup, DateField, ErrorSummary, SelectField, TextField, useFormState, ConsentField } from "~/kit/forms/components";
import { list, text } from "~/kit/forms/form-data";
import { commandFailure } from "~/kit/http/respond.server";
import { serviceLanguages } from "~/network-map/public";
import { createReferral } from "../commands/referral.server";
import { referralLimits, sharableFields } from "../inputs";
import { referralChoices } from "../queries.server";
import type { Route } from "./+types/new-referral";

const textFields = [
  "fromOrganizationId",
  "serviceId",
  "purpose",
  "consentUntil",
  "consent",
  "clientName",
  "clientPhone",
  "clientEmail",
  "clientLanguage",
  "background",
] as const;
type Values = Record<(typeof textFields)[number], string> & { sharedFields: string[] };

/** `/:lang/work/referrals/new`: a practitioner refers a client to a partner's service, recording the client's consent. */
export async function loader({ request, params }: Route.LoaderArgs) {
  const lang = languageOf(params);
  const user = await requireUser(request, lang);
  const choices = await referralChoices(user);
  const preselected = new URL(request.url).searchParams.get("service") ?? "";
  return { ...choices, preselected: choices.services.some((s) => s.id === preselected) ? preselected : "" };
}

export async function action({ request, params }: Route.ActionArgs) {
  const lang = languageOf(params);
  const user = await requireUser(request, lang);
  const form = await request.formData();
  const values = { ...Object.fromEntries(textFields.map((name) => [name, text(form, name)])), sharedFields: list(form, "sharedFields") } as Values;
  try {
    await createReferral(user, values);
  } catch (error) {
    return commandFailure(error, lang, values);
  }
  return redirect(`/${lang}/work/referrals?notice=created`, { status: 303 });
}

export const meta = ({ params }: Route.MetaArgs) => pageTitle(params.lang, translator(languageOf(params))("referrals.form.title"));

export default function NewReferralPage({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const lang = useLanguage();
  const localize = useLocalize();
  const stored: Values = {
    fromOrganizationId: loaderData.from[0]?.id ?? "",
    serviceId: loaderData.preselected,
    purpose: "",
    consentUntil: "",
    consent: "",
    clientName: "",
    clientPhone: "",
    clientEmail: "",
    clientLanguage: "",
    background: "",
    sharedFields: ["name", "phone"],
  };
  const { values, errors, formKey } = useFormState(stored, actionData);
  if (loaderData.from.length === 0)
    return (
      <>
        <h1>{t("referrals.form.title")}</h1>
        <p>{t("referrals.noOrganization")}</p>
      </>
    );
  return (
    <>
      <p>
        <Link to={`/${lang}/work/referrals`}>{t("referrals.detail.back")}</Link>
      </p>
      <h1>{t("referrals.form.title")}</h1>
      <ErrorSummary
        errors={errors}
        labels={{
          fromOrganizationId: t("referrals.from"),
          serviceId: t("referrals.service"),
          purpose: t("referrals.purpose"),
          consentUntil: t("referrals.consentUntil"),
          consent: t("referrals.detail.consent"),
          clientName: t("referrals.clientName"),
          clientPhone: t("referrals.clientPhone"),
          clientEmail: t("referrals.clientEmail"),
          clientLanguage: t("referrals.clientLanguage"),
          background: t("referrals.background"),
          sharedFields: t("referrals.sharedFields"),
        }}
      />
      <Form method="post" className="form" key={formKey}>
        <SelectField
          name="fromOrganizationId"
          label={t("referrals.from")}
          value={values.fromOrganizationId}
          errors={errors}
          required
          options={loaderData.from.map((o) => ({ value: o.id, label: localize(o.name) }))}
        />
        <SelectField
          name="serviceId"
          label={t("referrals.service")}
          value={values.serviceId}
          errors={errors}
          required
          emptyLabel=""
          options={loaderData.services.map((s) => ({ value: s.id, label: `${localize(s.organizationName)}: ${localize(s.name)}` }))}
        />
        <TextField
          name="purpose"
          label={t("referrals.purpose")}
          hint={t("referrals.purposeHint")}
          value={values.purpose}
          errors={errors}
          multiline
          required
          maxLength={referralLimits.purpose}
        />
        <h2>{t("referrals.client")}</h2>
        <TextField name="clientName" label={t("referrals.clientName")} value={values.clientName} errors={errors} maxLength={referralLimits.name} />
        <TextField name="clientPhone" label={t("referrals.clientPhone")} value={values.clientPhone} errors={errors} type="tel" />
        <TextField name="clientEmail" label={t("referrals.clientEmail")} value={values.clientEmail} errors={errors} type="email" />
        <SelectField
          name="clientLanguage"
          label={t("referrals.clientLanguage")}
          value={values.clientLanguage}
          errors={errors}
          emptyLabel=""
          options={serviceLanguages.map((c) => ({ value: c, label: t(`language.${c}`) }))}
        />
        <TextField
          name="background"
          label={t("referrals.background")}
          hint={t("referrals.purposeHint")}
          value={values.background}
          errors={errors}
          multiline
          maxLength={referralLimits.background}
        />
        <CheckboxGroup
          name="sharedFields"
          legend={t("referrals.sharedFields")}
          hint={t("referrals.sharedFieldsHint")}
          options={sharableFields.map((f) => ({ value: f, label: t(`referrals.field.${f}`) }))}
          selected={values.sharedFields}
          errors={errors}
        />
        <DateField
          name="consentUntil"
          label={t("referrals.consentUntil")}
          hint={t("referrals.consentUntilHint")}
          value={values.consentUntil}
          errors={errors}
          required
        />
        <ConsentField label={t("referrals.consent")} checked={values.consent === "yes"} error={errors?.consent} />
        <button type="submit" className="button">
          {t("referrals.submit")}
        </button>
      </Form>
    </>
  );
}
