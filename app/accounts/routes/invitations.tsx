import { data, Form, redirect, useNavigation, useSearchParams } from "react-router";
import { createInvitation } from "~/accounts/commands/invitation.server";
import type { InvitationInput } from "~/accounts/inputs";
import { forbidden, requireUser } from "~/kit/permissions/current-user.server";
import { invitableRoles } from "~/accounts/permissions";
import { invitationsPageSize, inviteOptions, listInvitations } from "~/accounts/queries/invitations.server";
import { Pagination, pageParam } from "~/kit/components/pagination";
import { formatDateTime } from "~/kit/format";
import { pageTitle } from "~/kit/page-title";
import { InvalidInput, PermissionDenied } from "~/kit/validation/errors";
import { translateIssues } from "~/kit/validation/fields";
import { translator } from "~/kit/i18n/catalogue";
import { isLanguage, languages, type Language } from "~/kit/i18n/languages";
import { localize } from "~/kit/i18n/localized";
import { useLanguage, useT } from "~/kit/i18n/use-i18n";
import type { Route } from "./+types/invitations";
import { text } from "../../kit/forms/form-data";
import { FieldError } from "~/accounts/field-error";

const languageOf = (lang: string | undefined): Language => (isLanguage(lang) ? lang : "fi");

export async function loader({ request, params }: Route.LoaderArgs) {
  const lang = languageOf(params.lang);
  const user = await requireUser(request, lang);
  if (invitableRoles(user).length === 0) forbidden(translator(lang)("invitations.cannotInvite"));
  const page = pageParam(request.url);
  const [options, list] = await Promise.all([inviteOptions(user), listInvitations(user, page)]);
  return { options, list, page, pageSize: invitationsPageSize };
}

const formFields = ["email", "role", "regionCode", "organizationId", "practitionerId", "language"] as const;

export async function action({ request, params }: Route.ActionArgs) {
  const lang = languageOf(params.lang);
  const t = translator(lang);
  const user = await requireUser(request, lang);
  const form = await request.formData();
  // Cut at a generous length so that a huge field costs nothing; validation reports it as too long.
  const values = Object.fromEntries(formFields.map((f) => [f, text(form, f).slice(0, 1000)])) as Record<(typeof formFields)[number], string>;
  try {
    await createInvitation(user, values as InvitationInput);
    const query = new URLSearchParams({ sent: values.email.trim().toLowerCase() });
    return redirect(`/${lang}/work/invitations?${query}`);
  } catch (error) {
    if (error instanceof InvalidInput) return data({ errors: translateIssues(error.issues, t), values }, { status: 400 });
    if (error instanceof PermissionDenied) forbidden(t("error.forbidden"));
    throw error;
  }
}

export const meta = ({ params }: Route.MetaArgs) => pageTitle(params.lang, translator(languageOf(params.lang))("invitations.title"));

const languageNames = { fi: "suomi", sv: "svenska", en: "English" } as const;

export default function Invitations({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const lang = useLanguage();
  const navigation = useNavigation();
  const [searchParams] = useSearchParams();
  const { options, list, page } = loaderData;
  const errors: Record<string, string> = actionData?.errors ?? {};
  const values: Partial<Record<string, string>> = actionData?.values ?? {};
  const sent = searchParams.get("sent");
  const described = (field: string, hint?: string) => [hint, errors[field] ? `invite-${field}-error` : undefined].filter(Boolean).join(" ") || undefined;
  const orgName = (id: string) => localize(options.organizations.find((o) => o.id === id)?.name, lang);
  return (
    <>
      <h1>{t("invitations.title")}</h1>
      <p>{t("invitations.intro")}</p>
      {sent && (
        <p role="status" className="alert alert--success">
          {t("invitations.queued", { email: sent })}
        </p>
      )}

      <h2>{t("invitations.formTitle")}</h2>
      <Form method="post" className="form narrow" noValidate>
        {Object.keys(errors).length > 0 && (
          <p role="alert" className="alert alert--error">
            {t("common.formErrors")}
          </p>
        )}
        <div className="field">
          <label htmlFor="invite-email">{t("invitations.email")}</label>
          <input
            id="invite-email"
            name="email"
            type="email"
            autoComplete="off"
            required
            maxLength={320}
            defaultValue={values.email}
            aria-invalid={errors.email ? true : undefined}
            aria-describedby={described("email")}
          />
          <FieldError id="invite-email-error" message={errors.email} />
        </div>
        <div className="field">
          <label htmlFor="invite-role">{t("invitations.role")}</label>
          <select
            id="invite-role"
            name="role"
            required
            defaultValue={values.role ?? options.roles[options.roles.length - 1]}
            aria-invalid={errors.role ? true : undefined}
            aria-describedby={described("role", "invite-scope-hint")}
          >
            {options.roles.map((role) => (
              <option key={role} value={role}>
                {t(`role.${role}`)}
              </option>
            ))}
          </select>
          <p id="invite-scope-hint" className="field__hint">
            {t("invitations.scopeHint")}
          </p>
          <FieldError id="invite-role-error" message={errors.role} />
        </div>
        {options.regions.length > 0 && (
          <div className="field">
            <label htmlFor="invite-regionCode">{t("invitations.region")}</label>
            <select
              id="invite-regionCode"
              name="regionCode"
              defaultValue={values.regionCode ?? ""}
              aria-invalid={errors.regionCode ? true : undefined}
              aria-describedby={described("regionCode")}
            >
              <option value="">{t("invitations.choose")}</option>
              {options.regions.map((r) => (
                <option key={r.code} value={r.code}>
                  {lang === "sv" ? r.nameSv : r.nameFi}
                </option>
              ))}
            </select>
            <FieldError id="invite-regionCode-error" message={errors.regionCode} />
          </div>
        )}
        {options.roles.includes("contact_person") && (
          <div className="field">
            <label htmlFor="invite-organizationId">{t("invitations.organization")}</label>
            <select
              id="invite-organizationId"
              name="organizationId"
              defaultValue={values.organizationId ?? ""}
              aria-invalid={errors.organizationId ? true : undefined}
              aria-describedby={described("organizationId")}
            >
              <option value="">{t("invitations.choose")}</option>
              {options.organizations
                .filter((o) => o.mayInviteContactPerson)
                .map((o) => (
                  <option key={o.id} value={o.id}>
                    {localize(o.name, lang).text}
                  </option>
                ))}
            </select>
            <FieldError id="invite-organizationId-error" message={errors.organizationId} />
          </div>
        )}
        <div className="field">
          <label htmlFor="invite-practitionerId">{t("invitations.practitioner")}</label>
          <select
            id="invite-practitionerId"
            name="practitionerId"
            defaultValue={values.practitionerId ?? ""}
            aria-invalid={errors.practitionerId ? true : undefined}
            aria-describedby={described("practitionerId")}
          >
            <option value="">{t("invitations.choose")}</option>
            {options.organizations
              .filter((o) => options.practitioners.some((p) => p.organizationId === o.id))
              .map((o) => (
                <optgroup key={o.id} label={orgName(o.id).text}>
                  {options.practitioners
                    .filter((p) => p.organizationId === o.id)
                    .map((p) => (
                      <option key={p.id} value={p.id}>
                        {p.familyName} {p.givenName}
                      </option>
                    ))}
                </optgroup>
              ))}
          </select>
          <FieldError id="invite-practitionerId-error" message={errors.practitionerId} />
        </div>
        <div className="field">
          <label htmlFor="invite-language">{t("invitations.language")}</label>
          <select
            id="invite-language"
            name="language"
            defaultValue={values.language ?? lang}
            aria-invalid={errors.language ? true : undefined}
            aria-describedby={described("language")}
          >
            {languages.map((l) => (
              <option key={l} value={l} lang={l}>
                {languageNames[l]}
              </option>
            ))}
          </select>
          <FieldError id="invite-language-error" message={errors.language} />
        </div>
        <button type="submit" className="button" disabled={navigation.state === "submitting"}>
          {t("invitations.submit")}
        </button>
      </Form>

      <h2>{t("invitations.listTitle")}</h2>
      {list.rows.length === 0 ? (
        <p>{t("invitations.none")}</p>
      ) : (
        <div className="table-wrap">
          <table className="data">
            <thead>
              <tr>
                <th scope="col">{t("invitations.col.email")}</th>
                <th scope="col">{t("invitations.col.role")}</th>
                <th scope="col">{t("invitations.col.scope")}</th>
                <th scope="col">{t("invitations.col.invitedBy")}</th>
                <th scope="col">{t("invitations.col.created")}</th>
                <th scope="col">{t("invitations.col.expires")}</th>
                <th scope="col">{t("invitations.col.status")}</th>
              </tr>
            </thead>
            <tbody>
              {list.rows.map((row) => (
                <tr key={row.id}>
                  <td>{row.email}</td>
                  <td>{t(`role.${row.role}`)}</td>
                  <td>
                    {[
                      row.regionCode && (options.regions.find((r) => r.code === row.regionCode)?.[lang === "sv" ? "nameSv" : "nameFi"] ?? row.regionCode),
                      row.organizationName && localize(row.organizationName, lang).text,
                      row.practitionerName,
                    ]
                      .filter(Boolean)
                      .join(" / ")}
                  </td>
                  <td>{row.invitedByName ?? ""}</td>
                  <td>{formatDateTime(row.createdAt, lang)}</td>
                  <td>{formatDateTime(row.expiresAt, lang)}</td>
                  <td>{t(`invitations.status.${row.status}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination page={page} pageSize={loaderData.pageSize} total={list.total} />
    </>
  );
}
