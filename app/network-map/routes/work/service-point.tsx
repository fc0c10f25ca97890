import { Form } from "react-router";
import { requireUser } from "~/kit/permissions/current-user.server";
import { pageTitle } from "~/kit/page-title";
import { translator } from "~/kit/i18n/catalogue";
import { useLanguage, useT } from "~/kit/i18n/use-i18n";
import { weekdays } from "~/network-map/code-lists";
import { createServicePoint, updateServicePoint } from "~/network-map/commands/service-point.server";
import type { ServicePointInput } from "~/network-map/inputs";
import { BackLink, DeleteLink, VerifyBox } from "~/network-map/work/components";
import { ErrorSummary, errorFor, fieldId, LocalizedFields, Notice, SelectField, SubmitButton, TextField, useFormState } from "~/kit/forms/components";
import { useLocalize } from "~/kit/i18n/localized-text";
import { servicePointFromForm } from "~/network-map/work/form-data";
import { languageOf } from "~/kit/i18n/languages";
import { loadServicePoint, organizationAccess, organizationName } from "~/network-map/work/queries.server";
import { forbiddenResponse, notFoundResponse, requireId } from "~/kit/http/respond.server";
import { saveEntry } from "~/network-map/work/save-entry.server";
import { EditConflictNotice, VersionField } from "~/kit/forms/conflict";
import { withVersion } from "~/kit/forms/form-data";
import type { Route } from "./+types/service-point";

/** Empty rows offered after the stored ones, so that hours can be added without JavaScript. */
const emptyRows = 3;

export async function loader({ request, params }: Route.LoaderArgs) {
  const lang = languageOf(params);
  const user = await requireUser(request, lang);
  let entry = null;
  let organizationId: string;
  let values: ServicePointInput;
  if (params.id === "new") {
    organizationId = requireId(new URL(request.url).searchParams.get("organization"), lang);
    values = { organizationId, name: {}, streetAddress: "", postalCode: "", openingHours: [], accessibility: {} };
  } else {
    const loaded = await loadServicePoint(requireId(params.id, lang));
    if (!loaded) throw notFoundResponse(lang);
    organizationId = loaded.organizationId;
    values = loaded.values;
    entry = { id: loaded.id, name: loaded.name, lastVerifiedAt: loaded.lastVerifiedAt, municipality: loaded.municipality, version: loaded.version };
  }
  const access = await organizationAccess(user, organizationId);
  if (!access) throw notFoundResponse(lang);
  if (!access.allowed) throw forbiddenResponse(lang);
  return { entry, values, organizationId, organizationName: await organizationName(organizationId) };
}

export async function action({ request, params }: Route.ActionArgs) {
  const lang = languageOf(params);
  const user = await requireUser(request, lang);
  const form = await request.formData();
  const input = servicePointFromForm(form);
  if (params.id === "new") return saveEntry(lang, "service_point", input, "created", () => createServicePoint(user, input));
  const id = requireId(params.id, lang);
  const edited = withVersion(form, input);
  return saveEntry(
    lang,
    "service_point",
    edited,
    "saved",
    async () => {
      await updateServicePoint(user, id, edited);
      return id;
    },
    () => loadServicePoint(id),
  );
}

export const meta = ({ params, loaderData }: Route.MetaArgs) => {
  const lang = languageOf(params);
  const t = translator(lang);
  const name = loaderData?.entry?.name;
  return pageTitle(lang, name ? t("work.editServicePoint", { name: name[lang] || name.fi || "" }) : t("work.newServicePoint"));
};

export default function ServicePointPage({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const lang = useLanguage();
  const localize = useLocalize();
  const { entry } = loaderData;
  const { values, errors, conflict, formKey } = useFormState(loaderData.values, actionData);
  const hours = [...(values.openingHours ?? []), ...Array.from({ length: emptyRows }, () => ({ day: "", opens: "", closes: "" }))];
  const labels = {
    name: t("work.nameField"),
    streetAddress: t("work.streetAddress"),
    postalCode: t("work.postalCode"),
    latitude: t("work.latitude"),
    longitude: t("work.longitude"),
    openingHours: t("work.openingHours"),
    accessibility: t("work.accessibility"),
    organizationId: t("work.organization"),
  };
  return (
    <>
      <BackLink organizationId={loaderData.organizationId} organizationName={loaderData.organizationName} />
      <h1>{entry ? t("work.editServicePoint", { name: localize(entry.name) }) : t("work.newServicePoint")}</h1>
      <Notice />
      {conflict && <EditConflictNotice conflict={conflict} values={values} labels={labels} />}
      <ErrorSummary errors={errors} labels={labels} />
      <Form method="post" className="form" key={formKey} noValidate>
        {entry && <VersionField version={conflict?.version ?? entry.version} />}
        <input type="hidden" name="organizationId" value={values.organizationId} />
        <LocalizedFields name="name" label={labels.name} value={values.name} errors={errors} required />
        <TextField name="streetAddress" label={labels.streetAddress} value={values.streetAddress} errors={errors} required autoComplete="street-address" />
        <TextField
          name="postalCode"
          label={labels.postalCode}
          value={values.postalCode}
          errors={errors}
          required
          inputMode="numeric"
          autoComplete="postal-code"
          hint={t("work.municipalityAfterSave")}
        />
        {entry?.municipality && (
          <p>
            <strong>{t("work.municipality")}:</strong> {lang === "sv" ? entry.municipality.nameSv : entry.municipality.nameFi}
          </p>
        )}
        <div className="row">
          <TextField name="latitude" label={labels.latitude} value={values.latitude} errors={errors} inputMode="decimal" hint={t("work.coordinatesHint")} />
          <TextField name="longitude" label={labels.longitude} value={values.longitude} errors={errors} inputMode="decimal" />
        </div>
        <fieldset id={fieldId("openingHours")} tabIndex={-1}>
          <legend>{labels.openingHours}</legend>
          <p className="field__hint">{t("work.openingHoursHint")}</p>
          {hours.map((row, i) => {
            const rowError = errorFor(errors, `openingHours.${i}`) ?? errors?.[`openingHours.${i}`];
            return (
              <fieldset
                key={i}
                id={fieldId(`openingHours.${i}`)}
                className="row"
                tabIndex={-1}
                aria-describedby={rowError ? `${fieldId(`openingHours.${i}`)}-row-error` : undefined}
              >
                <legend>{t("work.row", { number: i + 1 })}</legend>
                <SelectField
                  name={`openingHours.${i}.day`}
                  label={t("work.day")}
                  value={row.day}
                  errors={errors}
                  emptyLabel={t("work.choose")}
                  options={weekdays.map((d) => ({ value: d, label: t(`weekday.${d}`) }))}
                />
                <TextField name={`openingHours.${i}.opens`} label={t("work.opens")} value={row.opens} errors={errors} type="time" />
                <TextField name={`openingHours.${i}.closes`} label={t("work.closes")} value={row.closes} errors={errors} type="time" />
                {rowError && (
                  <p id={`${fieldId(`openingHours.${i}`)}-row-error`} className="field__error">
                    {rowError}
                  </p>
                )}
              </fieldset>
            );
          })}
        </fieldset>
        <LocalizedFields name="accessibility" label={labels.accessibility} value={values.accessibility} errors={errors} multiline />
        <SubmitButton />
      </Form>
      {entry && (
        <>
          <VerifyBox kind="service_point" id={entry.id} lastVerifiedAt={entry.lastVerifiedAt} />
          <DeleteLink kind="service_point" id={entry.id} />
        </>
      )}
    </>
  );
}
