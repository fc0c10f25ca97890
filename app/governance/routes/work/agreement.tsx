import { Form, Link, redirect, useLocation } from "react-router";
import { requireUser } from "~/kit/permissions/current-user.server";
import { contactOrganizations, coordinatedRegions, isAdmin } from "~/kit/permissions/roles";
import { formatDate, formatDateTime } from "~/kit/format";
import { pageTitle } from "~/kit/page-title";
import { translator, type MessageKey } from "~/kit/i18n/catalogue";
import { localize as inLanguage } from "~/kit/i18n/localized";
import { renderMarkdown } from "~/kit/markdown/render-markdown.server";
import { useLanguage, useT } from "~/kit/i18n/use-i18n";
import { DateField, ErrorSummary, LocalizedFields, Notice } from "~/kit/forms/components";
import { useLocalize } from "~/kit/i18n/localized-text";
import { localized, text } from "~/kit/forms/form-data";
import { languageOf } from "~/kit/i18n/languages";
import { commandFailure, forbiddenResponse, requireId } from "~/kit/http/respond.server";
import { placeName, reference } from "~/reference/public.server";
import { acceptAgreement, publishAgreement } from "../../commands/agreement.server";
import { expiryState, type AgreementInput } from "../../inputs";
import { canPublishAgreement } from "../../permissions";
import { acceptanceOf, acceptanceOverview, agreementVersions, currentAgreement, organizationsWithRegions } from "../../queries.server";
import type { Route } from "./+types/agreement";
import { todayInFinland } from "~/kit/dates/calendar";

/**
 * The partnership agreement at work: a contact person reads the current version of each of their
 * organisations' regions and accepts it; a coordinator publishes versions and follows acceptances.
 */
export async function loader({ request, params }: Route.LoaderArgs) {
  const lang = languageOf(params);
  const user = await requireUser(request, lang);
  const ref = await reference();
  const requested = new URL(request.url).searchParams.get("region");
  const managed = isAdmin(user) ? ref.regions.map((r) => r.code) : coordinatedRegions(user);
  if (requested && !managed.includes(requested)) throw forbiddenResponse(lang);
  // A coordinator sees their (first) region at once; an admin chooses one.
  const regionCode = requested ?? coordinatedRegions(user)[0] ?? null;
  const today = todayInFinland();

  const own = await organizationsWithRegions(contactOrganizations(user));
  const contact = await Promise.all(
    own.map(async (o) => {
      const version = await currentAgreement(o.regionCode);
      const acceptance = version ? await acceptanceOf(version.id, o.id) : null;
      // Coordinators write the text in Markdown; it reaches the page only as sanitised HTML.
      const body = version ? inLanguage(version.body, lang) : null;
      const text = body && { html: renderMarkdown(body.text), lang: body.lang };
      return { organizationId: o.id, name: o.name, regionName: placeName(ref.byCode.get(o.regionCode), lang), version, acceptance, text };
    }),
  );

  let coordinator = null;
  if (regionCode) {
    const version = await currentAgreement(regionCode);
    coordinator = {
      regionCode,
      regionName: placeName(ref.byCode.get(regionCode), lang),
      version,
      overview: version ? await acceptanceOverview(regionCode, version.id) : [],
      versions: await agreementVersions(regionCode),
    };
  }
  if (!coordinator && contact.length === 0 && !isAdmin(user)) throw forbiddenResponse(lang);
  return {
    today,
    contact,
    coordinator,
    managedRegions: managed.map((code) => ({ code, name: placeName(ref.byCode.get(code), lang) })),
  };
}

export async function action({ request, params }: Route.ActionArgs) {
  const lang = languageOf(params);
  const user = await requireUser(request, lang);
  const form = await request.formData();
  const intent = text(form, "intent");
  const region = new URL(request.url).searchParams.get("region");
  const back = (notice: string) =>
    redirect(`/${lang}/work/agreement?${region ? `region=${encodeURIComponent(region)}&` : ""}notice=${notice}`, { status: 303 });
  if (intent === "accept") {
    const organizationId = requireId(text(form, "organizationId"), lang);
    const versionId = requireId(text(form, "versionId"), lang);
    try {
      await acceptAgreement(user, organizationId, versionId);
    } catch (error) {
      return commandFailure(error, lang, { form: "accept", input: null });
    }
    return back("accepted");
  }
  if (intent === "publish") {
    const input: AgreementInput = {
      regionCode: text(form, "regionCode"),
      body: localized(form, "body"),
      expiresOn: text(form, "expiresOn").trim() || undefined,
    };
    if (!canPublishAgreement(user, input.regionCode)) throw forbiddenResponse(lang);
    try {
      await publishAgreement(user, input);
    } catch (error) {
      return commandFailure(error, lang, { form: "publish", input });
    }
    return back("published");
  }
  throw forbiddenResponse(lang);
}

export const meta = ({ params }: Route.MetaArgs) => pageTitle(params.lang, translator(languageOf(params))("agreement.title"));

const agreementNotices: Record<string, MessageKey> = { accepted: "agreement.acceptedNotice", published: "agreement.publishedNotice" };

function VersionHeading({
  version,
  expiresOn,
  publishedAt,
  today,
  level = 2,
}: {
  version: number;
  expiresOn: string | null;
  publishedAt: Date | string;
  today: string;
  level?: 2 | 3;
}) {
  const t = useT();
  const lang = useLanguage();
  const state = expiryState(expiresOn, today);
  const Heading = level === 2 ? "h2" : "h3";
  return (
    <>
      <Heading>{t("agreement.version", { version })}</Heading>
      <p>
        {t("agreement.publishedAt", { date: formatDate(publishedAt, lang) })}
        {expiresOn && ` · ${t("agreement.expiresOn", { date: formatDate(expiresOn, lang) })}`}
        {" · "}
        <strong className={`agreement-state agreement-state--${state}`}>{t(`agreement.state.${state}` as MessageKey)}</strong>
      </p>
    </>
  );
}

export default function AgreementPage({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const lang = useLanguage();
  const localize = useLocalize();
  const location = useLocation();
  const { today, coordinator } = loaderData;
  const sent = actionData && "values" in actionData ? actionData.values : null;
  const publishErrors = sent?.form === "publish" && actionData && "errors" in actionData ? actionData.errors : undefined;
  const formKey = `${location.key}-${actionData ? JSON.stringify(actionData) : ""}`;
  const acceptedText = (a: { acceptedAt: Date | string | null; acceptedByName: string | null; onBehalf: boolean | null }) =>
    t(a.onBehalf ? "agreement.acceptedOnBehalf" : "agreement.accepted", { date: formatDateTime(a.acceptedAt!, lang), by: a.acceptedByName ?? "" });
  return (
    <>
      <h1>{t("agreement.title")}</h1>
      <p>{t("agreement.intro")}</p>
      <Notice notices={agreementNotices} />
      {loaderData.contact.length > 0 && (
        <section aria-labelledby="own-heading">
          <h2 id="own-heading">{t("agreement.yourOrganizations")}</h2>
          {loaderData.contact.map((c) => (
            <section key={`${c.organizationId}-${c.regionName}`} className="card" aria-label={`${localize(c.name)} – ${c.regionName}`}>
              <h3>
                {localize(c.name)} ({c.regionName})
              </h3>
              {!c.version ? (
                <p>{t("agreement.none")}</p>
              ) : (
                <>
                  <VersionHeading version={c.version.version} expiresOn={c.version.expiresOn} publishedAt={c.version.publishedAt} today={today} level={3} />
                  <div
                    className="agreement-text"
                    lang={c.text && c.text.lang !== lang ? c.text.lang : undefined}
                    dangerouslySetInnerHTML={{ __html: c.text?.html ?? "" }}
                  />
                  {c.acceptance ? (
                    <p>{acceptedText(c.acceptance)}</p>
                  ) : (
                    <Form method="post">
                      <input type="hidden" name="intent" value="accept" />
                      <input type="hidden" name="organizationId" value={c.organizationId} />
                      <input type="hidden" name="versionId" value={c.version.id} />
                      <button type="submit" className="button">
                        {t("agreement.accept", { name: localize(c.name) })}
                      </button>
                    </Form>
                  )}
                </>
              )}
            </section>
          ))}
        </section>
      )}
      {loaderData.managedRegions.length > 1 && (
        <Form method="get" className="form form--inline">
          <div className="field">
            <label htmlFor="agreement-region">{t("groups.region")}</label>
            <select id="agreement-region" name="region" defaultValue={coordinator?.regionCode ?? ""}>
              {loaderData.managedRegions.map((r) => (
                <option key={r.code} value={r.code}>
                  {r.name}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="button button--secondary">
            {t("groups.show")}
          </button>
        </Form>
      )}
      {coordinator && (
        <>
          <section aria-labelledby="overview-heading">
            <h2 id="overview-heading">
              {t("agreement.overview")}: {coordinator.regionName}
            </h2>
            {!coordinator.version ? (
              <p>{t("agreement.none")}</p>
            ) : (
              <>
                <VersionHeading
                  version={coordinator.version.version}
                  expiresOn={coordinator.version.expiresOn}
                  publishedAt={coordinator.version.publishedAt}
                  today={today}
                  level={3}
                />
                <p>{t("agreement.overviewIntro")}</p>
                <p>
                  {t("agreement.missingCount", {
                    count: coordinator.overview.filter((r) => !r.acceptedAt).length,
                    total: coordinator.overview.length,
                  })}
                </p>
                <table className="data">
                  <thead>
                    <tr>
                      <th scope="col">{t("agreement.col.organization")}</th>
                      <th scope="col">{t("agreement.col.status")}</th>
                      <th scope="col">{t("agreement.col.action")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {coordinator.overview.map((row) => (
                      <tr key={row.organizationId}>
                        <td>
                          <Link to={`/${lang}/organisations/${row.organizationId}`}>{localize(row.name)}</Link>
                        </td>
                        <td>{row.acceptedAt ? acceptedText(row) : <strong>{t("agreement.notAccepted")}</strong>}</td>
                        <td>
                          {!row.acceptedAt && (
                            <Form method="post">
                              <input type="hidden" name="intent" value="accept" />
                              <input type="hidden" name="organizationId" value={row.organizationId} />
                              <input type="hidden" name="versionId" value={coordinator.version.id} />
                              <button type="submit" className="button button--secondary">
                                {t("agreement.acceptOnBehalf", { name: localize(row.name) })}
                              </button>
                            </Form>
                          )}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </>
            )}
          </section>
          <section aria-labelledby="publish-heading">
            <h2 id="publish-heading">{t("agreement.publish")}</h2>
            <p>{t("agreement.publishHint")}</p>
            <p>{t("agreement.markdownHint")}</p>
            <ErrorSummary errors={publishErrors} labels={{ body: t("agreement.body"), expiresOn: t("agreement.expiresField") }} />
            <Form method="post" className="form" key={formKey} noValidate>
              <input type="hidden" name="intent" value="publish" />
              <input type="hidden" name="regionCode" value={coordinator.regionCode} />
              <LocalizedFields
                name="body"
                label={t("agreement.body")}
                value={sent?.form === "publish" ? (sent.input?.body ?? {}) : (coordinator.version?.body ?? {})}
                errors={publishErrors}
                required
                multiline
              />
              <DateField
                name="expiresOn"
                label={t("agreement.expiresField")}
                value={sent?.form === "publish" ? sent.input?.expiresOn : undefined}
                errors={publishErrors}
              />
              <div className="form-actions">
                <button type="submit" className="button">
                  {t("agreement.publishButton")}
                </button>
              </div>
            </Form>
          </section>
          {coordinator.versions.length > 1 && (
            <section aria-labelledby="versions-heading">
              <h2 id="versions-heading">{t("agreement.versions")}</h2>
              <ul>
                {coordinator.versions.slice(1).map((v) => (
                  <li key={v.id}>
                    {t("agreement.version", { version: v.version })} – {t("agreement.publishedAt", { date: formatDate(v.publishedAt, lang) })}
                  </li>
                ))}
              </ul>
            </section>
          )}
        </>
      )}
    </>
  );
}
