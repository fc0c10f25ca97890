import { Form, Link } from "react-router";
import { coordinatedRegions, isAdmin } from "~/kit/permissions/roles";
import { requireUser } from "~/kit/permissions/current-user.server";
import { pageTitle } from "~/kit/page-title";
import { translator } from "~/kit/i18n/catalogue";
import { useLanguage, useT } from "~/kit/i18n/use-i18n";
import { organizationTypes } from "~/network-map/code-lists";
import { createOrganization, updateOrganization } from "~/network-map/commands/organization.server";
import type { OrganizationInput } from "~/network-map/inputs";
import { canManageMemberships } from "~/network-map/permissions";
import { BackLink, DeleteLink, VerifyBox } from "~/network-map/work/components";
import { CheckboxGroup, ErrorSummary, LocalizedFields, Notice, SelectField, SubmitButton, TextField, useFormState } from "~/kit/forms/components";
import { useLocalize } from "~/kit/i18n/localized-text";
import { organizationFromForm } from "~/network-map/work/form-data";
import { languageOf } from "~/kit/i18n/languages";
import { editPath, newPath } from "~/network-map/work/paths";
import { loadOrganization, organizationAccess, organizationParts, parentOptions, regionsByCode } from "~/network-map/work/queries.server";
import { forbiddenResponse, notFoundResponse, requireId } from "~/kit/http/respond.server";
import { saveEntry } from "~/network-map/work/save-entry.server";
import { EditConflictNotice, VersionField } from "~/kit/forms/conflict";
import { withVersion } from "~/kit/forms/form-data";
import type { Route } from "./+types/organization";

export async function loader({ request, params }: Route.LoaderArgs) {
  const lang = languageOf(params);
  const user = await requireUser(request, lang);
  const regions = await regionsByCode();
  const regionChoices = regions.map((r) => ({ code: r.code, nameFi: r.nameFi, nameSv: r.nameSv, manageable: canManageMemberships(user, r.code) }));
  if (params.id === "new") {
    if (!isAdmin(user) && coordinatedRegions(user).length === 0) throw forbiddenResponse(lang);
    const wanted = new URL(request.url).searchParams.get("region");
    const regionCode = wanted && regions.some((r) => r.code === wanted) ? wanted : coordinatedRegions(user)[0];
    const values: OrganizationInput = { name: {}, description: {}, type: "other", regionCodes: regionCode ? [regionCode] : [] };
    const parents = await parentOptions(isAdmin(user) ? regions.map((r) => r.code) : coordinatedRegions(user));
    return { entry: null, values, regions: regionChoices, parents, parts: null, canDelete: false };
  }
  const id = requireId(params.id, lang);
  const entry = await loadOrganization(id);
  if (!entry) throw notFoundResponse(lang);
  const access = await organizationAccess(user, id);
  if (!access?.allowed) throw forbiddenResponse(lang);
  const parents = await parentOptions(entry.scope.regionCodes.length ? entry.scope.regionCodes : regions.map((r) => r.code), id);
  // Same rule as deleteOrganization: coordinators of all its networks, or an admin.
  const canDelete = entry.scope.regionCodes.length ? entry.scope.regionCodes.every((code) => canManageMemberships(user, code)) : isAdmin(user);
  return {
    entry: { id, name: entry.name, lastVerifiedAt: entry.lastVerifiedAt, version: entry.version },
    values: entry.values,
    regions: regionChoices,
    parents,
    parts: await organizationParts(id),
    canDelete,
  };
}

export async function action({ request, params }: Route.ActionArgs) {
  const lang = languageOf(params);
  const user = await requireUser(request, lang);
  const form = await request.formData();
  const input = organizationFromForm(form);
  if (params.id === "new") return saveEntry(lang, "organization", input, "created", () => createOrganization(user, input));
  const id = requireId(params.id, lang);
  const edited = withVersion(form, input);
  return saveEntry(
    lang,
    "organization",
    edited,
    "saved",
    async () => {
      await updateOrganization(user, id, edited);
      return id;
    },
    () => loadOrganization(id),
  );
}

export const meta = ({ params, loaderData }: Route.MetaArgs) => {
  const lang = languageOf(params);
  const t = translator(lang);
  const name = loaderData?.entry?.name;
  return pageTitle(lang, name ? t("work.editOrganization", { name: name[lang] || name.fi || "" }) : t("work.newOrganization"));
};

export default function OrganizationPage({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const lang = useLanguage();
  const localize = useLocalize();
  const { entry, regions, parents, parts, canDelete } = loaderData;
  const { values, errors, conflict, formKey } = useFormState(loaderData.values, actionData);
  const labels = {
    name: t("work.nameField"),
    description: t("work.descriptionField"),
    type: t("organization.type"),
    businessId: t("organization.businessId"),
    website: t("organization.website"),
    email: t("organization.email"),
    phone: t("organization.phone"),
    parentId: t("organization.parent"),
    regionCodes: t("work.memberships"),
  };
  return (
    <>
      <BackLink />
      <h1>{entry ? t("work.editOrganization", { name: localize(entry.name) }) : t("work.newOrganization")}</h1>
      <Notice />
      {conflict && <EditConflictNotice conflict={conflict} values={values} labels={labels} />}
      <ErrorSummary errors={errors} labels={labels} />
      <Form method="post" className="form" key={formKey} noValidate>
        {entry && <VersionField version={conflict?.version ?? entry.version} />}
        <LocalizedFields name="name" label={labels.name} value={values.name} errors={errors} required />
        <LocalizedFields name="description" label={labels.description} value={values.description} errors={errors} multiline />
        <SelectField
          name="type"
          label={labels.type}
          value={values.type}
          errors={errors}
          options={organizationTypes.map((code) => ({ value: code, label: t(`organizationType.${code}`) }))}
        />
        <TextField name="businessId" label={labels.businessId} value={values.businessId} errors={errors} hint="1234567-8" />
        <TextField name="website" label={labels.website} value={values.website} errors={errors} type="url" />
        <TextField name="email" label={labels.email} value={values.email} errors={errors} type="email" />
        <TextField name="phone" label={labels.phone} value={values.phone} errors={errors} type="tel" />
        <SelectField
          name="parentId"
          label={labels.parentId}
          value={values.parentId}
          errors={errors}
          emptyLabel={t("work.noParent")}
          options={parents.map((p) => ({ value: p.id, label: localize(p.name) }))}
        />
        <CheckboxGroup
          name="regionCodes"
          legend={labels.regionCodes}
          hint={t("work.membershipsHint")}
          errors={errors}
          selected={values.regionCodes ?? []}
          options={regions.map((r) => ({ value: r.code, label: lang === "sv" ? r.nameSv : r.nameFi, disabled: !r.manageable }))}
        />
        <SubmitButton />
      </Form>
      {entry && parts && (
        <>
          <VerifyBox kind="organization" id={entry.id} lastVerifiedAt={entry.lastVerifiedAt} />
          <section aria-labelledby="parts-points">
            <h2 id="parts-points">{t("work.servicePoints")}</h2>
            <EntryList kind="service_point" items={parts.servicePoints.map((p) => ({ id: p.id, label: localize(p.name) }))} />
            <p>
              <Link to={newPath(lang, "service_point", entry.id)}>{t("work.addServicePoint")}</Link>
            </p>
          </section>
          <section aria-labelledby="parts-services">
            <h2 id="parts-services">{t("work.services")}</h2>
            <EntryList kind="service" items={parts.services.map((s) => ({ id: s.id, label: localize(s.name) }))} />
            <p>
              <Link to={newPath(lang, "service", entry.id)}>{t("work.addService")}</Link>
            </p>
          </section>
          <section aria-labelledby="parts-people">
            <h2 id="parts-people">{t("work.practitioners")}</h2>
            <EntryList kind="practitioner" items={parts.practitioners.map((p) => ({ id: p.id, label: `${p.givenName} ${p.familyName}` }))} />
            <p>
              <Link to={newPath(lang, "practitioner", entry.id)}>{t("work.addPractitioner")}</Link>
            </p>
          </section>
          {canDelete && <DeleteLink kind="organization" id={entry.id} />}
        </>
      )}
    </>
  );
}

function EntryList({ kind, items }: { kind: "service_point" | "service" | "practitioner"; items: { id: string; label: string }[] }) {
  const t = useT();
  const lang = useLanguage();
  if (items.length === 0) return <p>{t("work.none")}</p>;
  return (
    <ul className="link-list">
      {items.map((item) => (
        <li key={item.id}>
          <Link to={editPath(lang, kind, item.id)}>{item.label}</Link>
        </li>
      ))}
    </ul>
  );
}
