import { Form } from "react-router";
import { requireUser } from "~/kit/permissions/current-user.server";
import { pageTitle } from "~/kit/page-title";
import { translator } from "~/kit/i18n/catalogue";
import { useLanguage, useT } from "~/kit/i18n/use-i18n";
import { channels, costTypes, serviceLanguages, serviceStatuses, targetGroups, topics } from "~/network-map/code-lists";
import { createService, updateService } from "~/network-map/commands/service.server";
import type { ServiceInput } from "~/network-map/inputs";
import { BackLink, DeleteLink, VerifyBox } from "~/network-map/work/components";
import { CheckboxGroup, ErrorSummary, fieldId, LocalizedFields, Notice, SelectField, SubmitButton, TextField, useFormState } from "~/kit/forms/components";
import { useLocalize } from "~/kit/i18n/localized-text";
import { serviceFromForm } from "~/network-map/work/form-data";
import { languageOf } from "~/kit/i18n/languages";
import { loadService, municipalityChoices, organizationAccess, organizationName, servicePointOptions } from "~/network-map/work/queries.server";
import { forbiddenResponse, notFoundResponse, requireId } from "~/kit/http/respond.server";
import { saveEntry } from "~/network-map/work/save-entry.server";
import { EditConflictNotice, VersionField } from "~/kit/forms/conflict";
import { withVersion } from "~/kit/forms/form-data";
import type { Route } from "./+types/service";

/** Empty channel rows offered after the stored ones, so that channels can be added without JavaScript. */
const emptyChannelRows = 2;

export async function loader({ request, params }: Route.LoaderArgs) {
  const lang = languageOf(params);
  const user = await requireUser(request, lang);
  let entry = null;
  let organizationId: string;
  let values: ServiceInput;
  if (params.id === "new") {
    organizationId = requireId(new URL(request.url).searchParams.get("organization"), lang);
    values = {
      organizationId,
      name: {},
      description: {},
      targetGroups: [],
      topics: [],
      languages: ["fi"],
      areaMunicipalities: [],
      cost: "free",
      costDescription: {},
      status: "active",
      channels: [],
      servicePointIds: [],
    };
  } else {
    const loaded = await loadService(requireId(params.id, lang));
    if (!loaded) throw notFoundResponse(lang);
    organizationId = loaded.organizationId;
    values = loaded.values;
    entry = { id: loaded.id, name: loaded.name, lastVerifiedAt: loaded.lastVerifiedAt, version: loaded.version };
  }
  const access = await organizationAccess(user, organizationId);
  if (!access) throw notFoundResponse(lang);
  if (!access.allowed) throw forbiddenResponse(lang);
  return {
    entry,
    values,
    organizationId,
    organizationName: await organizationName(organizationId),
    servicePoints: await servicePointOptions(organizationId),
    // The area is chosen among the municipalities of the organisation's networks.
    municipalities: await municipalityChoices(access.scope.regionCodes, values.areaMunicipalities ?? []),
  };
}

export async function action({ request, params }: Route.ActionArgs) {
  const lang = languageOf(params);
  const user = await requireUser(request, lang);
  const form = await request.formData();
  const input = serviceFromForm(form);
  if (params.id === "new") return saveEntry(lang, "service", input, "created", () => createService(user, input));
  const id = requireId(params.id, lang);
  const edited = withVersion(form, input);
  return saveEntry(
    lang,
    "service",
    edited,
    "saved",
    async () => {
      await updateService(user, id, edited);
      return id;
    },
    () => loadService(id),
  );
}

export const meta = ({ params, loaderData }: Route.MetaArgs) => {
  const lang = languageOf(params);
  const t = translator(lang);
  const name = loaderData?.entry?.name;
  return pageTitle(lang, name ? t("work.editService", { name: name[lang] || name.fi || "" }) : t("work.newService"));
};

export default function ServicePage({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const lang = useLanguage();
  const localize = useLocalize();
  const { entry, servicePoints, municipalities } = loaderData;
  const { values, errors, conflict, formKey } = useFormState(loaderData.values, actionData);
  const channelRows = [
    ...(values.channels ?? []),
    ...Array.from({ length: emptyChannelRows }, () => ({ channel: "", contact: "", hours: {}, servicePointId: "" })),
  ];
  const pointOptions = servicePoints.map((p) => ({ value: p.id, label: localize(p.name) }));
  const labels = {
    name: t("work.nameField"),
    description: t("work.descriptionField"),
    targetGroups: t("service.targetGroups"),
    topics: t("service.topics"),
    languages: t("service.languages"),
    areaMunicipalities: t("work.areaMunicipalities"),
    cost: t("service.cost"),
    costDescription: t("work.costDescription"),
    status: t("service.status"),
    website: t("service.website"),
    email: t("service.email"),
    channels: t("work.channels"),
    servicePointIds: t("work.offeredAt"),
    organizationId: t("work.organization"),
  };
  return (
    <>
      <BackLink organizationId={loaderData.organizationId} organizationName={loaderData.organizationName} />
      <h1>{entry ? t("work.editService", { name: localize(entry.name) }) : t("work.newService")}</h1>
      <Notice />
      {conflict && <EditConflictNotice conflict={conflict} values={values} labels={labels} />}
      <ErrorSummary errors={errors} labels={labels} />
      <Form method="post" className="form" key={formKey} noValidate>
        {entry && <VersionField version={conflict?.version ?? entry.version} />}
        <input type="hidden" name="organizationId" value={values.organizationId} />
        <LocalizedFields name="name" label={labels.name} value={values.name} errors={errors} required />
        <LocalizedFields name="description" label={labels.description} value={values.description} errors={errors} multiline />
        <CheckboxGroup
          name="targetGroups"
          legend={labels.targetGroups}
          errors={errors}
          selected={values.targetGroups ?? []}
          options={targetGroups.map((c) => ({ value: c, label: t(`targetGroup.${c}`) }))}
        />
        <CheckboxGroup
          name="topics"
          legend={labels.topics}
          errors={errors}
          selected={values.topics ?? []}
          options={topics.map((c) => ({ value: c, label: t(`topic.${c}`) }))}
        />
        <CheckboxGroup
          name="languages"
          legend={labels.languages}
          errors={errors}
          selected={values.languages ?? []}
          options={serviceLanguages.map((c) => ({ value: c, label: t(`language.${c}`) }))}
        />
        <CheckboxGroup
          name="areaMunicipalities"
          legend={labels.areaMunicipalities}
          errors={errors}
          selected={values.areaMunicipalities ?? []}
          options={municipalities.map((m) => ({ value: m.code, label: lang === "sv" ? m.nameSv : m.nameFi }))}
        />
        <SelectField
          name="cost"
          label={labels.cost}
          value={values.cost}
          errors={errors}
          options={costTypes.map((c) => ({ value: c, label: t(`cost.${c}`) }))}
        />
        <LocalizedFields name="costDescription" label={labels.costDescription} value={values.costDescription} errors={errors} />
        <SelectField
          name="status"
          label={labels.status}
          value={values.status}
          errors={errors}
          options={serviceStatuses.map((c) => ({ value: c, label: t(`status.${c}`) }))}
        />
        <TextField name="website" label={labels.website} value={values.website} errors={errors} type="url" />
        <TextField name="email" label={labels.email} value={values.email} errors={errors} type="email" />
        <fieldset id={fieldId("channels")} tabIndex={-1}>
          <legend>{labels.channels}</legend>
          <p className="field__hint">{t("work.channelsHint")}</p>
          {channelRows.map((row, i) => (
            <fieldset key={i} id={fieldId(`channels.${i}`)} tabIndex={-1}>
              <legend>{t("work.row", { number: i + 1 })}</legend>
              <SelectField
                name={`channels.${i}.channel`}
                label={t("work.channel")}
                value={row.channel}
                errors={errors}
                emptyLabel={t("work.choose")}
                options={channels.map((c) => ({ value: c, label: t(`channel.${c}`) }))}
              />
              <TextField name={`channels.${i}.contact`} label={t("work.contact")} value={row.contact} errors={errors} />
              <LocalizedFields name={`channels.${i}.hours`} label={t("work.hours")} value={row.hours} errors={errors} />
              <SelectField
                name={`channels.${i}.servicePointId`}
                label={t("work.servicePoint")}
                value={row.servicePointId}
                errors={errors}
                emptyLabel={t("work.noServicePoint")}
                options={pointOptions}
              />
            </fieldset>
          ))}
        </fieldset>
        <CheckboxGroup name="servicePointIds" legend={labels.servicePointIds} errors={errors} selected={values.servicePointIds ?? []} options={pointOptions} />
        <SubmitButton />
      </Form>
      {entry && (
        <>
          <VerifyBox kind="service" id={entry.id} lastVerifiedAt={entry.lastVerifiedAt} />
          <DeleteLink kind="service" id={entry.id} />
        </>
      )}
    </>
  );
}
