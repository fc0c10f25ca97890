import { Form } from "react-router";
import { requireUser } from "~/kit/permissions/current-user.server";
import { pageTitle } from "~/kit/page-title";
import { translator } from "~/kit/i18n/catalogue";
import { useT } from "~/kit/i18n/use-i18n";
import { competenceAreas, practitionerPrivateFields, serviceLanguages } from "~/network-map/code-lists";
import { createPractitioner, updatePractitioner } from "~/network-map/commands/practitioner.server";
import type { PractitionerInput } from "~/network-map/inputs";
import { BackLink, DeleteLink, VerifyBox } from "~/network-map/work/components";
import { CheckboxGroup, ErrorSummary, LocalizedFields, Notice, SelectField, SubmitButton, TextField, useFormState } from "~/kit/forms/components";
import { useLocalize } from "~/kit/i18n/localized-text";
import { practitionerFromForm } from "~/network-map/work/form-data";
import { languageOf } from "~/kit/i18n/languages";
import {
  loadPractitioner,
  organizationAccess,
  organizationName,
  practitionerAccess,
  serviceOptions,
  servicePointOptions,
} from "~/network-map/work/queries.server";
import { forbiddenResponse, notFoundResponse, requireId } from "~/kit/http/respond.server";
import { saveEntry } from "~/network-map/work/save-entry.server";
import { EditConflictNotice, VersionField } from "~/kit/forms/conflict";
import { withVersion } from "~/kit/forms/form-data";
import type { Route } from "./+types/practitioner";

export async function loader({ request, params }: Route.LoaderArgs) {
  const lang = languageOf(params);
  const user = await requireUser(request, lang);
  let entry = null;
  let organizationId: string;
  let values: PractitionerInput;
  let manages: boolean;
  if (params.id === "new") {
    organizationId = requireId(new URL(request.url).searchParams.get("organization"), lang);
    const access = await organizationAccess(user, organizationId);
    if (!access) throw notFoundResponse(lang);
    if (!access.allowed) throw forbiddenResponse(lang);
    manages = true;
    values = { organizationId, givenName: "", familyName: "", title: {}, competenceAreas: [], languages: ["fi"], visibility: {}, isContactPerson: false };
  } else {
    const loaded = await loadPractitioner(requireId(params.id, lang));
    if (!loaded) throw notFoundResponse(lang);
    const access = await practitionerAccess(user, loaded.id, loaded.organizationId);
    if (!access.allowed) throw forbiddenResponse(lang);
    manages = access.manages;
    organizationId = loaded.organizationId;
    values = loaded.values;
    entry = { id: loaded.id, name: loaded.name, lastVerifiedAt: loaded.lastVerifiedAt, version: loaded.version };
  }
  return {
    entry,
    values,
    manages,
    organizationId,
    organizationName: await organizationName(organizationId),
    services: await serviceOptions(organizationId),
    servicePoints: await servicePointOptions(organizationId),
  };
}

export async function action({ request, params }: Route.ActionArgs) {
  const lang = languageOf(params);
  const user = await requireUser(request, lang);
  const form = await request.formData();
  if (params.id === "new") {
    const input = practitionerFromForm(form);
    return saveEntry(lang, "practitioner", input, "created", () => createPractitioner(user, input));
  }
  const id = requireId(params.id, lang);
  const stored = await loadPractitioner(id);
  if (!stored) throw notFoundResponse(lang);
  const { manages } = await practitionerAccess(user, id, stored.organizationId);
  // Only those who manage the organisation see the contact person box; for the others it keeps its value.
  const input = withVersion(form, practitionerFromForm(form, manages ? {} : { isContactPerson: stored.isContactPerson }));
  return saveEntry(
    lang,
    "practitioner",
    input,
    "saved",
    async () => {
      await updatePractitioner(user, id, input);
      return id;
    },
    () => loadPractitioner(id),
  );
}

export const meta = ({ params, loaderData }: Route.MetaArgs) => {
  const lang = languageOf(params);
  const t = translator(lang);
  const name = loaderData?.entry?.name;
  return pageTitle(lang, name ? t("work.editPractitioner", { name }) : t("work.newPractitioner"));
};

export default function PractitionerPage({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const localize = useLocalize();
  const { entry, manages, services, servicePoints } = loaderData;
  const { values, errors, conflict, formKey } = useFormState(loaderData.values, actionData);
  const labels = {
    givenName: t("work.givenName"),
    familyName: t("work.familyName"),
    title: t("work.titleField"),
    email: t("practitioner.email"),
    phone: t("practitioner.phone"),
    competenceAreas: t("practitioner.competenceAreas"),
    languages: t("practitioner.languages"),
    serviceIds: t("practitioner.services"),
    servicePointIds: t("practitioner.servicePoints"),
    isContactPerson: t("practitioner.contactPerson"),
    organizationId: t("work.organization"),
    visibility: t("work.visibility"),
  };
  const heading = entry ? (manages ? t("work.editPractitioner", { name: entry.name }) : t("work.ownCard", { name: entry.name })) : t("work.newPractitioner");
  return (
    <>
      <BackLink organizationId={manages ? loaderData.organizationId : undefined} organizationName={loaderData.organizationName} />
      <h1>{heading}</h1>
      <Notice />
      {conflict && <EditConflictNotice conflict={conflict} values={values} labels={labels} />}
      <ErrorSummary errors={errors} labels={labels} />
      <Form method="post" className="form" key={formKey} noValidate>
        {entry && <VersionField version={conflict?.version ?? entry.version} />}
        <input type="hidden" name="organizationId" value={values.organizationId} />
        <TextField name="givenName" label={labels.givenName} value={values.givenName} errors={errors} required autoComplete="off" />
        <TextField name="familyName" label={labels.familyName} value={values.familyName} errors={errors} required autoComplete="off" />
        <LocalizedFields name="title" label={labels.title} value={values.title} errors={errors} />
        <TextField name="email" label={labels.email} value={values.email} errors={errors} type="email" autoComplete="off" />
        <TextField name="phone" label={labels.phone} value={values.phone} errors={errors} type="tel" autoComplete="off" />
        <CheckboxGroup
          name="competenceAreas"
          legend={labels.competenceAreas}
          errors={errors}
          selected={values.competenceAreas ?? []}
          options={competenceAreas.map((c) => ({ value: c, label: t(`competence.${c}`) }))}
        />
        <CheckboxGroup
          name="languages"
          legend={labels.languages}
          errors={errors}
          selected={values.languages ?? []}
          options={serviceLanguages.map((c) => ({ value: c, label: t(`language.${c}`) }))}
        />
        <CheckboxGroup
          name="serviceIds"
          legend={labels.serviceIds}
          errors={errors}
          selected={values.serviceIds ?? []}
          options={services.map((s) => ({ value: s.id, label: localize(s.name) }))}
        />
        <CheckboxGroup
          name="servicePointIds"
          legend={labels.servicePointIds}
          errors={errors}
          selected={values.servicePointIds ?? []}
          options={servicePoints.map((p) => ({ value: p.id, label: localize(p.name) }))}
        />
        <fieldset>
          <legend>{labels.visibility}</legend>
          <p className="field__hint">{t("work.visibilityHint")}</p>
          {practitionerPrivateFields.map((field) => (
            <SelectField
              key={field}
              name={`visibility.${field}`}
              label={t(`work.visibilityOf.${field}`)}
              value={values.visibility?.[field] ?? "public"}
              errors={errors}
              options={(["public", "network"] as const).map((v) => ({ value: v, label: t(`work.visibility.${v}`) }))}
            />
          ))}
        </fieldset>
        {manages && (
          <div className="field checkbox-field">
            <div className="option">
              <input type="checkbox" id="f-isContactPerson" name="isContactPerson" defaultChecked={values.isContactPerson} />
              <label htmlFor="f-isContactPerson">{labels.isContactPerson}</label>
            </div>
          </div>
        )}
        <SubmitButton />
      </Form>
      {entry && (
        <>
          <VerifyBox kind="practitioner" id={entry.id} lastVerifiedAt={entry.lastVerifiedAt} />
          {manages && <DeleteLink kind="practitioner" id={entry.id} />}
        </>
      )}
    </>
  );
}
