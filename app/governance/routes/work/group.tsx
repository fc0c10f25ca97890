import { Form, Link, redirect, useLocation } from "react-router";
import { requireUser } from "~/kit/permissions/current-user.server";
import { pageTitle } from "~/kit/page-title";
import { translator, type MessageKey } from "~/kit/i18n/catalogue";
import { localize } from "~/kit/i18n/localized";
import { useLanguage, useT } from "~/kit/i18n/use-i18n";
import type { LocalizedText } from "~/kit/i18n/localized";
import { isUuid } from "~/kit/validation/uuid";
import { CheckboxGroup, DateField, ErrorSummary, LocalizedFields, Notice, SelectField, SubmitButton } from "~/kit/forms/components";
import { useLocalize } from "~/kit/i18n/localized-text";
import { list, localized, text } from "~/kit/forms/form-data";
import { languageOf } from "~/kit/i18n/languages";
import { commandFailure, editFailure, forbiddenResponse, notFoundResponse, requireId } from "~/kit/http/respond.server";
import { EditConflictNotice, VersionField } from "~/kit/forms/conflict";
import { withVersion } from "~/kit/forms/form-data";
import { placeName, reference, sortPlaces } from "~/reference/public.server";
import { createGroup, updateGroup } from "../../commands/group.server";
import { addMember, removeMember, updateMember } from "../../commands/membership.server";
import { groupPath, groupTypeKey, positionKey } from "../../components";
import { groupTypes, positions, type GroupInput, type MembershipInput } from "../../inputs";
import { canEditGroupMembers, canManageGroups } from "../../permissions";
import { getGroup, groupTree, networkOrganizations, type GroupNode } from "../../queries.server";
import type { Route } from "./+types/group";
import { todayInFinland } from "~/kit/dates/calendar";

type Fields = Pick<FormData, "get" | "getAll" | "keys">;
const optional = (form: Fields, name: string) => text(form, name).trim() || undefined;

/** A group's stored fields as the form's values; a new group's defaults. */
function storedGroupValues(regionCode: string, group: NonNullable<Awaited<ReturnType<typeof getGroup>>>["group"] | null | undefined): GroupInput {
  return {
    regionCode,
    type: (group?.type ?? "working") as GroupInput["type"],
    name: group?.name ?? {},
    description: group?.description ?? {},
    parentId: group?.parentId ?? undefined,
    municipalityCodes: group?.municipalityCodes ?? [],
    endsOn: group?.endsOn ?? undefined,
  };
}

function groupFromForm(form: Fields, regionCode: string): GroupInput {
  return {
    regionCode,
    type: text(form, "type") as GroupInput["type"],
    name: localized(form, "name"),
    description: localized(form, "description"),
    parentId: optional(form, "parentId"),
    municipalityCodes: list(form, "municipalityCodes"),
    endsOn: optional(form, "endsOn"),
  };
}

function memberFromForm(form: Fields, prefix: string): MembershipInput {
  return {
    organizationId: text(form, `${prefix}organizationId`),
    practitionerId: optional(form, `${prefix}practitionerId`),
    position: text(form, `${prefix}position`) as MembershipInput["position"],
    startsOn: text(form, `${prefix}startsOn`).trim(),
    endsOn: optional(form, `${prefix}endsOn`),
  };
}

/** A membership's stored fields as its form's values. */
function storedMemberValues(m: {
  organizationId: string;
  practitionerId: string | null;
  position: string;
  startsOn: string;
  endsOn: string | null;
}): MembershipInput {
  return {
    organizationId: m.organizationId,
    practitionerId: m.practitionerId ?? undefined,
    position: m.position as MembershipInput["position"],
    startsOn: m.startsOn,
    endsOn: m.endsOn ?? undefined,
  };
}

const flatten = (nodes: GroupNode[], depth = 0): { id: string; name: LocalizedText; depth: number }[] =>
  nodes.flatMap((n) => [{ id: n.id, name: n.name, depth }, ...flatten(n.children, depth + 1)]);

export async function loader({ request, params }: Route.LoaderArgs) {
  const lang = languageOf(params);
  const user = await requireUser(request, lang);
  const ref = await reference();
  let regionCode: string;
  let group = null;
  let memberships: NonNullable<Awaited<ReturnType<typeof getGroup>>>["memberships"] = [];
  if (params.id === "new") {
    regionCode = new URL(request.url).searchParams.get("region") ?? "";
    if (!ref.regions.some((r) => r.code === regionCode)) throw notFoundResponse(lang);
    if (!canManageGroups(user, regionCode)) throw forbiddenResponse(lang);
  } else {
    const found = await getGroup(requireId(params.id, lang));
    if (!found) throw notFoundResponse(lang);
    regionCode = found.group.regionCode;
    if (!canEditGroupMembers(user, { regionCode, memberships: found.memberships }, todayInFinland())) throw forbiddenResponse(lang);
    group = found.group;
    memberships = found.memberships;
  }
  const canManage = canManageGroups(user, regionCode);
  const network = group ? await networkOrganizations(regionCode) : { organizations: [], practitioners: [] };
  return {
    regionCode,
    regionName: placeName(ref.byCode.get(regionCode), lang),
    canManage,
    group: group && { id: group.id, name: group.name, version: group.version },
    values: storedGroupValues(regionCode, group),
    parents: canManage ? flatten(await groupTree(regionCode)).filter((g) => g.id !== group?.id) : [],
    municipalities: canManage
      ? sortPlaces(
          ref.municipalities.filter((m) => m.regionCode === regionCode),
          lang,
        ).map((m) => ({ value: m.code, label: placeName(m, lang) }))
      : [],
    memberships,
    organizations: network.organizations,
    practitioners: network.practitioners,
  };
}

export async function action({ request, params }: Route.ActionArgs) {
  const lang = languageOf(params);
  const user = await requireUser(request, lang);
  const form = await request.formData();
  const intent = text(form, "intent");
  if (params.id === "new") {
    const regionCode = new URL(request.url).searchParams.get("region") ?? "";
    const input = groupFromForm(form, regionCode);
    let id: string;
    try {
      id = await createGroup(user, input);
    } catch (error) {
      return commandFailure(error, lang, { form: "group", input });
    }
    return redirect(`/${lang}/work/groups/${id}?notice=created`, { status: 303 });
  }
  const id = requireId(params.id, lang);
  const back = (notice: string) => redirect(`/${lang}/work/groups/${id}?notice=${notice}`, { status: 303 });
  {
    if (intent === "group") {
      const found = await getGroup(id);
      if (!found) throw notFoundResponse(lang);
      const input = withVersion(form, groupFromForm(form, found.group.regionCode));
      try {
        await updateGroup(user, id, input);
      } catch (error) {
        return editFailure(error, lang, { form: "group", input }, async () => {
          const now = await getGroup(id);
          return now && { version: now.group.version, values: storedGroupValues(now.group.regionCode, now.group) };
        });
      }
      return back("saved");
    }
    if (intent === "addMember") {
      const input = memberFromForm(form, "new.");
      try {
        await addMember(user, id, input);
      } catch (error) {
        return commandFailure(error, lang, { form: "new", input });
      }
      return back("memberSaved");
    }
    const membershipId = text(form, "membershipId");
    if (!isUuid(membershipId)) throw notFoundResponse(lang);
    if (intent === "updateMember") {
      const input = withVersion(form, memberFromForm(form, `m.${membershipId}.`));
      try {
        await updateMember(user, membershipId, input);
      } catch (error) {
        return editFailure(error, lang, { form: membershipId, input }, async () => {
          const now = (await getGroup(id))?.memberships.find((m) => m.id === membershipId);
          return now ? { version: now.version, values: storedMemberValues(now) } : null;
        });
      }
      return back("memberSaved");
    }
    if (intent === "removeMember") {
      try {
        await removeMember(user, membershipId);
      } catch (error) {
        return commandFailure(error, lang, { form: membershipId, input: null });
      }
      return back("memberRemoved");
    }
  }
  throw forbiddenResponse(lang);
}

export const meta = ({ params, loaderData }: Route.MetaArgs) => {
  const lang = languageOf(params);
  const t = translator(lang);
  return pageTitle(lang, loaderData?.group ? t("group.editTitle", { name: localize(loaderData.group.name, lang).text }) : t("group.newTitle"));
};

export default function GroupEditPage({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const lang = useLanguage();
  const localizeText = useLocalize();
  const { group } = loaderData;
  const formName = actionData && "values" in actionData ? (actionData.values as { form: string }).form : null;
  const location = useLocation();
  // A new key after each answer, so that the uncontrolled fields show what the server sent back.
  const formKey = `${location.key}-${actionData ? JSON.stringify(actionData) : ""}`;
  const groupValues = formName === "group" ? ((actionData as { values: { input: GroupInput } }).values.input ?? loaderData.values) : loaderData.values;
  const errorsFor = (name: string) => (formName === name && actionData && "errors" in actionData ? actionData.errors : undefined);
  const conflictFor = (name: string) => (formName === name && actionData && "conflict" in actionData ? actionData.conflict : undefined);
  const conflict = conflictFor("group");
  const sentMember = (name: string) =>
    formName === name && actionData && "values" in actionData ? (actionData.values as { input: MembershipInput }).input : undefined;
  const today = todayInFinland();
  const organizationOptions = loaderData.organizations.map((o) => ({ value: o.id, label: localizeText(o.name) }));
  const practitionerOptions = loaderData.practitioners.map((p) => {
    const org = loaderData.organizations.find((o) => o.id === p.organizationId);
    return { value: p.id, label: `${p.familyName} ${p.givenName} (${org ? localizeText(org.name) : ""})` };
  });
  const positionOptions = positions.map((p) => ({ value: p, label: t(positionKey(p)) }));
  // The conflict table names the organisation, person and position rather than showing their ids.
  const labelIn = (options: { value: string; label: string }[], value: string | undefined) => options.find((o) => o.value === value)?.label ?? value ?? "";
  const namedMember = <V extends { organizationId?: string; practitionerId?: string; position?: string }>(values: V) => ({
    ...values,
    organizationId: labelIn(organizationOptions, values.organizationId),
    practitionerId: labelIn(practitionerOptions, values.practitionerId),
    position: labelIn(positionOptions, values.position),
  });
  const groupLabels = {
    type: t("group.typeLabel"),
    name: t("group.name"),
    description: t("group.description"),
    parentId: t("group.parent"),
    municipalityCodes: t("group.municipalities"),
    endsOn: t("group.endsOnField"),
    regionCode: t("groups.region"),
  };
  const memberLabels = {
    organizationId: t("group.memberOrganization"),
    practitionerId: t("group.memberPractitioner"),
    position: t("group.memberPosition"),
    startsOn: t("group.startsOn"),
    endsOn: t("group.endsOnMember"),
  };
  const prefixed = (errors: Record<string, string> | undefined, prefix: string) =>
    errors && Object.fromEntries(Object.entries(errors).map(([k, v]) => [`${prefix}${k}`, v]));
  return (
    <>
      <p>
        <Link to={`/${lang}/groups?region=${loaderData.regionCode}`}>
          {t("groups.title")}: {loaderData.regionName}
        </Link>
        {group && (
          <>
            {" · "}
            <Link to={groupPath(lang, group.id)}>{t("group.publicPage")}</Link>
            {" · "}
            <Link to={`/${lang}/work/groups/${group.id}/documents`}>{t("documents.link")}</Link>
            {" · "}
            <Link to={`/${lang}/work/groups/${group.id}/meetings`}>{t("meetings.nav")}</Link>
          </>
        )}
      </p>
      <h1>{group ? t("group.editTitle", { name: localizeText(group.name) }) : t("group.newTitle")}</h1>
      <Notice />
      <Notice notices={memberNotices} />
      {loaderData.canManage ? (
        <section aria-labelledby="group-form-heading">
          <h2 id="group-form-heading" className="visually-hidden">
            {t("group.kind")}
          </h2>
          {conflict && <EditConflictNotice conflict={conflict} values={groupValues} labels={groupLabels} />}
          <ErrorSummary errors={errorsFor("group")} labels={groupLabels} />
          <Form method="post" className="form" key={formKey} noValidate>
            <input type="hidden" name="intent" value="group" />
            {group && <VersionField version={conflict?.version ?? group.version} />}
            <SelectField
              name="type"
              label={groupLabels.type}
              value={groupValues.type}
              errors={errorsFor("group")}
              options={groupTypes.map((g) => ({ value: g, label: t(groupTypeKey(g)) }))}
              required
            />
            <LocalizedFields name="name" label={groupLabels.name} value={groupValues.name} errors={errorsFor("group")} required />
            <LocalizedFields name="description" label={groupLabels.description} value={groupValues.description} errors={errorsFor("group")} multiline />
            <SelectField
              name="parentId"
              label={groupLabels.parentId}
              value={groupValues.parentId}
              errors={errorsFor("group")}
              emptyLabel={t("group.noParent")}
              options={loaderData.parents.map((p) => ({ value: p.id, label: `${"– ".repeat(p.depth)}${localizeText(p.name)}` }))}
            />
            <CheckboxGroup
              name="municipalityCodes"
              legend={groupLabels.municipalityCodes}
              hint={t("group.municipalitiesHint")}
              options={loaderData.municipalities}
              selected={groupValues.municipalityCodes ?? []}
              errors={errorsFor("group")}
            />
            <DateField name="endsOn" label={groupLabels.endsOn} value={groupValues.endsOn} errors={errorsFor("group")} hint={t("group.endsOnHint")} />
            <SubmitButton />
          </Form>
        </section>
      ) : (
        <p>{t("group.readOnly")}</p>
      )}
      {group && (
        <section aria-labelledby="members-heading">
          <h2 id="members-heading">{t("group.membersHeading")}</h2>
          {loaderData.memberships.map((m) => {
            const sent = sentMember(m.id);
            const errors = prefixed(errorsFor(m.id), `m.${m.id}.`);
            const v = sent ?? storedMemberValues(m);
            const memberConflict = conflictFor(m.id);
            const ended = m.endsOn !== null && m.endsOn < today;
            return (
              <section key={m.id} className="card" aria-labelledby={`member-${m.id}`}>
                <h3 id={`member-${m.id}`}>
                  {t("group.memberLegend", { organization: localizeText(m.organizationName), position: t(positionKey(m.position)) })}
                  {m.givenName && ` – ${m.givenName} ${m.familyName}`}
                  {ended && ` (${t("group.ended")})`}
                </h3>
                {memberConflict && (
                  <EditConflictNotice
                    conflict={{ ...memberConflict, saved: namedMember(memberConflict.saved) }}
                    values={namedMember(v)}
                    labels={memberLabels}
                  />
                )}
                <MemberForm
                  key={formKey}
                  membershipId={m.id}
                  version={memberConflict?.version ?? m.version}
                  values={v}
                  errors={errors}
                  labels={memberLabels}
                  organizations={organizationOptions}
                  practitioners={practitionerOptions}
                  positions={positionOptions}
                />
                <Form method="post">
                  <input type="hidden" name="intent" value="removeMember" />
                  <input type="hidden" name="membershipId" value={m.id} />
                  <button type="submit" className="button button--secondary">
                    {t("group.removeMember")}
                  </button>
                </Form>
              </section>
            );
          })}
          <section className="card" aria-labelledby="add-member-heading">
            <h3 id="add-member-heading">{t("group.addMember")}</h3>
            <MemberForm
              key={formKey}
              values={sentMember("new") ?? { organizationId: "", position: "member", startsOn: today }}
              errors={prefixed(errorsFor("new"), "new.")}
              labels={memberLabels}
              organizations={organizationOptions}
              practitioners={practitionerOptions}
              positions={positionOptions}
            />
          </section>
        </section>
      )}
    </>
  );
}

/** The member notices; the shared Notice's default knows the saved and created ones. */
const memberNotices: Record<string, MessageKey> = { memberSaved: "group.memberSaved", memberRemoved: "group.memberRemoved" };

function MemberForm(props: {
  membershipId?: string;
  /** An existing membership's version (after a conflict, the stored one). */
  version?: number;
  values: MembershipInput;
  errors?: Record<string, string>;
  labels: Record<string, string>;
  organizations: { value: string; label: string }[];
  practitioners: { value: string; label: string }[];
  positions: { value: string; label: string }[];
}) {
  const t = useT();
  // Field names (and so the ids made of them) carry the membership, so that they are unique on the page.
  const p = props.membershipId ? `m.${props.membershipId}.` : "new.";
  const name = (field: string) => `${p}${field}`;
  const { labels } = props;
  const summaryLabels = Object.fromEntries(Object.entries(labels).map(([k, v]) => [`${p}${k}`, v]));
  return (
    <>
      <ErrorSummary errors={props.errors} labels={summaryLabels} />
      <Form method="post" className="form" noValidate>
        <input type="hidden" name="intent" value={props.membershipId ? "updateMember" : "addMember"} />
        {props.membershipId && <input type="hidden" name="membershipId" value={props.membershipId} />}
        {props.version !== undefined && <VersionField version={props.version} />}
        <SelectField
          name={name("organizationId")}
          label={labels.organizationId}
          value={props.values.organizationId}
          errors={props.errors}
          options={props.organizations}
          emptyLabel={t("work.choose")}
          required
        />
        <SelectField
          name={name("practitionerId")}
          label={labels.practitionerId}
          value={props.values.practitionerId}
          errors={props.errors}
          options={props.practitioners}
          emptyLabel={t("group.noPractitioner")}
        />
        <SelectField name={name("position")} label={labels.position} value={props.values.position} errors={props.errors} options={props.positions} required />
        <div className="row">
          <DateField name={name("startsOn")} label={labels.startsOn} value={props.values.startsOn} errors={props.errors} required />
          <DateField name={name("endsOn")} label={labels.endsOn} value={props.values.endsOn} errors={props.errors} />
        </div>
        <button type="submit" className="button">
          {props.membershipId ? t("group.saveMember") : t("group.addMember")}
        </button>
      </Form>
    </>
  );
}
