import { Form, Link } from "react-router";
import { requireUser } from "~/kit/permissions/current-user.server";
import { pageTitle } from "~/kit/page-title";
import { translator } from "~/kit/i18n/catalogue";
import { useLanguage, useT } from "~/kit/i18n/use-i18n";
import { CheckboxGroup, DateField, ErrorSummary, LocalizedFields, Notice, SelectField, SubmitButton, TextField, useFormState } from "~/kit/forms/components";
import { useLocalize } from "~/kit/i18n/localized-text";
import { languageOf } from "~/kit/i18n/languages";
import { municipalityChoices, organizationAccess, organizationName } from "~/network-map/public.server";
import { commandFailure, editFailure, forbiddenResponse, notFoundResponse, redirectWithNotice, requireId } from "~/kit/http/respond.server";
import { codesInUse } from "~/kit/code-validity";
import { todayInFinland } from "~/kit/dates/calendar";
import {
  durationUnits,
  educationFields,
  educationTypes,
  fundingFormValidity,
  fundingForms,
  targetGroups,
  teachingLanguages,
  teachingMethods,
} from "../../code-lists";
import { createOffering, deleteOffering, updateOffering } from "../../commands/offering.server";
import type { OfferingInput } from "../../inputs";
import { offeringFromForm } from "../../work/form-data";
import { loadOffering } from "../../work/queries.server";
import { EditConflictNotice, VersionField } from "~/kit/forms/conflict";
import { withVersion } from "~/kit/forms/form-data";
import type { Route } from "./+types/offering";

export async function loader({ request, params }: Route.LoaderArgs) {
  const lang = languageOf(params);
  const user = await requireUser(request, lang);
  let entry = null;
  let values: OfferingInput;
  if (params.id === "new") {
    const organizationId = requireId(new URL(request.url).searchParams.get("organization"), lang);
    values = {
      organizationId,
      name: {},
      description: {},
      educationType: "vocational_qualification",
      fieldCode: educationFields[0],
      teachingLanguages: ["fi"],
      teachingMethod: "contact",
      municipalityCode: "",
      costDescription: {},
      fundingForms: [],
      targetGroups: [],
    };
  } else {
    const loaded = await loadOffering(requireId(params.id, lang));
    if (!loaded) throw notFoundResponse(lang);
    values = loaded.values;
    entry = { id: loaded.id, name: loaded.name, version: loaded.version };
  }
  const access = await organizationAccess(user, values.organizationId);
  if (!access) throw notFoundResponse(lang);
  if (!access.allowed) throw forbiddenResponse(lang);
  return {
    entry,
    values,
    organizationName: await organizationName(values.organizationId),
    // The place is chosen among the municipalities of the organisation's networks.
    municipalities: await municipalityChoices(access.scope.regionCodes, values.municipalityCode ? [values.municipalityCode] : []),
  };
}

export async function action({ request, params }: Route.ActionArgs) {
  const lang = languageOf(params);
  const user = await requireUser(request, lang);
  const form = await request.formData();
  if (form.get("intent") === "delete") {
    const id = requireId(params.id, lang);
    try {
      await deleteOffering(user, id);
    } catch (error) {
      return commandFailure(error, lang, offeringFromForm(form));
    }
    return redirectWithNotice(`/${lang}/work/offerings`, "deleted");
  }
  const input = offeringFromForm(form);
  if (params.id === "new") {
    let id: string;
    try {
      id = await createOffering(user, input);
    } catch (error) {
      return commandFailure(error, lang, input);
    }
    return redirectWithNotice(`/${lang}/work/offerings/${id}`, "created");
  }
  const id = requireId(params.id, lang);
  const edited = withVersion(form, input);
  try {
    await updateOffering(user, id, edited);
  } catch (error) {
    return editFailure(error, lang, edited, () => loadOffering(id));
  }
  return redirectWithNotice(`/${lang}/work/offerings/${id}`, "saved");
}

export const meta = ({ params, loaderData }: Route.MetaArgs) => {
  const lang = languageOf(params);
  const t = translator(lang);
  return pageTitle(lang, loaderData?.entry ? t("workOfferings.edit") : t("workOfferings.new"));
};

export default function WorkOffering({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const lang = useLanguage();
  const localize = useLocalize();
  const { entry, municipalities } = loaderData;
  const { values, errors, conflict, formKey } = useFormState(loaderData.values, actionData);
  const labels = {
    organizationId: t("workOfferings.organization"),
    name: t("workOfferings.name"),
    description: t("workOfferings.description"),
    educationType: t("offerings.type"),
    fieldCode: t("offerings.field"),
    teachingLanguages: t("offering.languages"),
    teachingMethod: t("offerings.method"),
    municipalityCode: t("offering.location"),
    startDate: t("workOfferings.startDate"),
    personalStart: t("offering.personalStart"),
    durationValue: t("workOfferings.durationValue"),
    durationUnit: t("workOfferings.durationUnit"),
    price: t("workOfferings.price"),
    costDescription: t("workOfferings.costDescription"),
    applicationStart: t("workOfferings.applicationStart"),
    applicationEnd: t("workOfferings.applicationEnd"),
    fundingForms: t("offering.fundingForms"),
    targetGroups: t("offering.targetGroups"),
    website: t("workOfferings.website"),
    applicationUrl: t("workOfferings.applicationUrl"),
  };
  return (
    <>
      <p>
        <Link to={`/${lang}/work/offerings`}>{t("workOfferings.title")}</Link>
      </p>
      <h1>{entry ? t("workOfferings.edit") : t("workOfferings.newFor", { name: localize(loaderData.organizationName) })}</h1>
      {entry && (
        <p>
          <Link to={`/${lang}/education/${entry.id}`}>{t("workOfferings.publicPage")}</Link>
        </p>
      )}
      <Notice />
      {conflict && <EditConflictNotice conflict={conflict} values={values} labels={labels} />}
      <ErrorSummary errors={errors} labels={labels} />
      <Form method="post" className="form" key={formKey} noValidate>
        {entry && <VersionField version={conflict?.version ?? entry.version} />}
        <input type="hidden" name="organizationId" value={values.organizationId} />
        <LocalizedFields name="name" label={labels.name} value={values.name} errors={errors} required />
        <LocalizedFields name="description" label={labels.description} value={values.description} errors={errors} multiline />
        <SelectField
          name="educationType"
          label={labels.educationType}
          value={values.educationType}
          errors={errors}
          options={educationTypes.map((c) => ({ value: c, label: t(`offering.type.${c}`) }))}
        />
        <SelectField
          name="fieldCode"
          label={labels.fieldCode}
          value={values.fieldCode}
          errors={errors}
          options={educationFields.map((c) => ({ value: c, label: t(`offering.field.${c}` as never) }))}
        />
        <CheckboxGroup
          name="teachingLanguages"
          legend={labels.teachingLanguages}
          errors={errors}
          selected={values.teachingLanguages ?? []}
          options={teachingLanguages.map((c) => ({ value: c, label: t(`language.${c}`) }))}
        />
        <SelectField
          name="teachingMethod"
          label={labels.teachingMethod}
          value={values.teachingMethod}
          errors={errors}
          options={teachingMethods.map((c) => ({ value: c, label: t(`offering.method.${c}`) }))}
        />
        <SelectField
          name="municipalityCode"
          label={labels.municipalityCode}
          value={values.municipalityCode}
          errors={errors}
          emptyLabel={t("work.choose")}
          options={municipalities.map((m) => ({ value: m.code, label: lang === "sv" ? m.nameSv : m.nameFi }))}
        />
        <DateField name="startDate" label={labels.startDate} value={values.startDate} errors={errors} />
        <div className="field option">
          <input type="checkbox" id="f-personalStart" name="personalStart" defaultChecked={values.personalStart} />
          <label htmlFor="f-personalStart">{labels.personalStart}</label>
        </div>
        <TextField name="durationValue" label={labels.durationValue} value={values.durationValue} errors={errors} inputMode="numeric" />
        <SelectField
          name="durationUnit"
          label={labels.durationUnit}
          value={values.durationUnit}
          errors={errors}
          emptyLabel={t("workOfferings.noneSelected")}
          options={durationUnits.map((c) => ({ value: c, label: t(`offering.unitName.${c}`) }))}
        />
        <TextField name="price" label={labels.price} value={values.price} errors={errors} inputMode="decimal" />
        <LocalizedFields name="costDescription" label={labels.costDescription} value={values.costDescription} errors={errors} />
        <DateField name="applicationStart" label={labels.applicationStart} value={values.applicationStart} errors={errors} />
        <DateField name="applicationEnd" label={labels.applicationEnd} value={values.applicationEnd} errors={errors} />
        <CheckboxGroup
          name="fundingForms"
          legend={labels.fundingForms}
          errors={errors}
          selected={values.fundingForms ?? []}
          options={codesInUse(fundingForms, fundingFormValidity, todayInFinland(), values.fundingForms ?? []).map((c) => ({
            value: c,
            label: t(`offering.funding.${c}`),
          }))}
        />
        <CheckboxGroup
          name="targetGroups"
          legend={labels.targetGroups}
          errors={errors}
          selected={values.targetGroups ?? []}
          options={targetGroups.map((c) => ({ value: c, label: t(`targetGroup.${c}`) }))}
        />
        <TextField name="website" label={labels.website} value={values.website} errors={errors} type="url" />
        <TextField
          name="applicationUrl"
          label={labels.applicationUrl}
          hint={t("workOfferings.applicationUrlHint")}
          value={values.applicationUrl}
          errors={errors}
          type="url"
        />
        <SubmitButton label={t("workOfferings.save")} />
      </Form>
      {entry && (
        <Form method="post" className="card">
          <p>{t("workOfferings.deleteConfirm")}</p>
          <button type="submit" name="intent" value="delete" className="button button--danger">
            {t("workOfferings.delete")}
          </button>
        </Form>
      )}
    </>
  );
}
