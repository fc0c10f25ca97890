import { data, Form, Link, redirect } from "react-router";
import { requireUser } from "~/kit/permissions/current-user.server";
import { pageTitle } from "~/kit/page-title";
import { translator } from "~/kit/i18n/catalogue";
import { languageOf } from "~/kit/i18n/languages";
import { useLocalize } from "~/kit/i18n/localized-text";
import { useLanguage, useT } from "~/kit/i18n/use-i18n";
import { formatDateTime } from "~/kit/format";
import { ErrorSummary, Notice, SelectField, TextField, type FieldErrors } from "~/kit/forms/components";
import { text } from "~/kit/forms/form-data";
import { commandFailure, forbiddenResponse, requireId } from "~/kit/http/respond.server";
import { instantInFinland, todayInFinland } from "~/kit/dates/calendar";
import { InvalidInput } from "~/kit/validation/errors";
import { workScopeOf } from "~/network-map/public.server";
import { placeName, reference } from "~/reference/public.server";
import { addCannedAnswer, createShift, deleteCannedAnswer, deleteShift, setRegionSetting } from "../../commands/roster.server";
import { chatLanguages, chatLimits, chatTopics } from "../../inputs";
import { canManageRegionChat, plansShifts } from "../../permissions";
import { cannedAnswersOf, planningChoices, regionSettingOf, rosterFor } from "../../queries.server";
import { db } from "~/kit/db/db.server";
import type { Route } from "./+types/roster";

/** `/:lang/work/chat/roster`: coordinators and contact persons plan the duty shifts; coordinators also set the region's chat and its canned answers. */
export async function loader({ request, params }: Route.LoaderArgs) {
  const lang = languageOf(params);
  const user = await requireUser(request, lang);
  if (!plansShifts(user)) throw forbiddenResponse(lang);
  const scope = await workScopeOf(user);
  const [choices, ref] = await Promise.all([planningChoices(user, scope), reference()]);
  const regionName = (code: string) => placeName(ref.byCode.get(code), lang) || code;
  const managed = choices.regionCodes.filter((code) => canManageRegionChat(user, code));
  const [shifts, settings, canned] = await Promise.all([
    rosterFor(choices.regionCodes, scope.organizationIds),
    Promise.all(managed.map(async (code) => ({ regionCode: code, regionName: regionName(code), ...(await regionSettingOf(db(), code)) }))),
    cannedAnswersOf(managed),
  ]);
  return {
    regions: choices.regionCodes.map((code) => ({ code, name: regionName(code) })),
    organizations: choices.organizations,
    people: choices.people,
    shifts: shifts.map((s) => ({ ...s, regionName: regionName(s.regionCode) })),
    settings,
    canned: canned.map((c) => ({ id: c.id, regionName: regionName(c.regionCode), language: c.language, title: c.title, body: c.body })),
    today: todayInFinland(),
  };
}

const isTime = (v: string) => /^\d{2}:\d{2}$/.test(v);
const isDate = (v: string) => /^\d{4}-\d{2}-\d{2}$/.test(v);

export async function action({ request, params }: Route.ActionArgs) {
  const lang = languageOf(params);
  const user = await requireUser(request, lang);
  const form = await request.formData();
  const intent = text(form, "intent");
  const back = `/${lang}/work/chat/roster`;
  const values = Object.fromEntries([...form.keys()].map((k) => [k, text(form, k)]));
  try {
    if (intent === "add-shift") {
      const date = text(form, "date");
      const from = text(form, "from");
      const to = text(form, "to");
      if (!isDate(date) || !isTime(from) || !isTime(to)) throw new InvalidInput([{ path: "date", key: "chatRoster.badTime" }]);
      const startsAt = instantInFinland(date, from);
      // A shift that ends at or before its start runs past midnight.
      let endsAt = instantInFinland(date, to);
      if (endsAt <= startsAt) endsAt = new Date(endsAt.getTime() + 86_400_000);
      await createShift(user, {
        regionCode: text(form, "regionCode"),
        organizationId: text(form, "organizationId"),
        userId: text(form, "userId"),
        startsAt: startsAt.toISOString(),
        endsAt: endsAt.toISOString(),
        languages: form.getAll("languages").map(String),
        topics: form.getAll("topics").map(String),
      });
      return redirect(`${back}?notice=created`, { status: 303 });
    }
    if (intent === "delete-shift") {
      await deleteShift(user, requireId(text(form, "shiftId"), lang));
      return redirect(`${back}?notice=deleted`, { status: 303 });
    }
    if (intent === "setting") {
      await setRegionSetting(user, {
        regionCode: text(form, "regionCode"),
        autoAssign: form.get("autoAssign") === "yes" ? "yes" : "no",
        maxParallel: text(form, "maxParallel"),
      });
      return redirect(`${back}?notice=saved`, { status: 303 });
    }
    if (intent === "add-canned") {
      await addCannedAnswer(user, {
        regionCode: text(form, "regionCode"),
        language: text(form, "language"),
        title: text(form, "title"),
        body: text(form, "body"),
      });
      return redirect(`${back}?notice=created`, { status: 303 });
    }
    if (intent === "delete-canned") {
      await deleteCannedAnswer(user, requireId(text(form, "cannedId"), lang));
      return redirect(`${back}?notice=deleted`, { status: 303 });
    }
  } catch (error) {
    return commandFailure(error, lang, values);
  }
  throw data(translator(lang)("error.badRequest"), { status: 400 });
}

export const meta = ({ params }: Route.MetaArgs) => pageTitle(params.lang, translator(languageOf(params))("chatRoster.title"));

export default function RosterPage({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const lang = useLanguage();
  const localize = useLocalize();
  const { regions, organizations, people, shifts, settings, canned, today } = loaderData;
  const errors: FieldErrors | undefined = actionData?.errors;
  const organizationChoices = [...new Map(organizations.map((o) => [o.organizationId, o])).values()];
  const topicLabel = (c: string) => (c === "other" ? t("chat.topic.other") : t(`topic.${c}` as never));
  return (
    <>
      <p>
        <Link to={`/${lang}/work/chat`}>{t("chatWork.title")}</Link>
      </p>
      <h1>{t("chatRoster.title")}</h1>
      <p className="lead">{t("chatRoster.intro")}</p>
      <Notice notices={{ created: "chatRoster.saved", deleted: "chatRoster.deleted", saved: "chatRoster.saved" }} />
      <ErrorSummary
        errors={errors}
        labels={{
          date: t("chatRoster.date"),
          regionCode: t("chat.region"),
          organizationId: t("chatRoster.organization"),
          userId: t("chatRoster.person"),
          languages: t("chatRoster.languages"),
          endsAt: t("chatRoster.to"),
          title: t("chatRoster.cannedTitle"),
          body: t("chatRoster.cannedBody"),
        }}
      />
      <section aria-labelledby="shifts-heading">
        <h2 id="shifts-heading">{t("chatRoster.shifts")}</h2>
        {shifts.length === 0 ? (
          <p>{t("chatRoster.none")}</p>
        ) : (
          <div className="table-wrap">
            <table className="data" id="chat-roster">
              <thead>
                <tr>
                  <th scope="col">{t("chatRoster.when")}</th>
                  <th scope="col">{t("chatRoster.person")}</th>
                  <th scope="col">{t("chat.region")}</th>
                  <th scope="col">{t("chatRoster.languages")}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t("chatRoster.remove")}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {shifts.map((s) => (
                  <tr key={s.id}>
                    <td>
                      {formatDateTime(s.startsAt, lang)}–{formatDateTime(s.endsAt, lang)}
                    </td>
                    <td>
                      {s.userName} ({localize(s.organizationName)})
                      {s.swapRequested && (
                        <>
                          <br />
                          <strong>{t("chatRoster.swapRequested")}</strong>
                          {s.swapNote && `: ${s.swapNote}`}
                        </>
                      )}
                    </td>
                    <td>{s.regionName}</td>
                    <td>
                      {s.languages.map((c) => t(`language.${c}` as never)).join(", ")}
                      {s.topics.length > 0 && (
                        <>
                          <br />
                          {s.topics.map(topicLabel).join(", ")}
                        </>
                      )}
                    </td>
                    <td>
                      <Form method="post">
                        <input type="hidden" name="intent" value="delete-shift" />
                        <input type="hidden" name="shiftId" value={s.id} />
                        <button type="submit" className="button button--secondary">
                          {t("chatRoster.remove")}
                        </button>
                      </Form>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      {regions.length > 0 && (
        <section aria-labelledby="add-shift-heading">
          <h2 id="add-shift-heading">{t("chatRoster.add")}</h2>
          <Form method="post" className="form narrow" id="add-shift">
            <input type="hidden" name="intent" value="add-shift" />
            <SelectField name="regionCode" label={t("chat.region")} errors={errors} required options={regions.map((r) => ({ value: r.code, label: r.name }))} />
            <SelectField
              name="organizationId"
              label={t("chatRoster.organization")}
              errors={errors}
              required
              options={organizationChoices.map((o) => ({ value: o.organizationId, label: localize(o.name) }))}
            />
            <SelectField name="userId" label={t("chatRoster.person")} errors={errors} required options={people.map((p) => ({ value: p.id, label: p.name }))} />
            <div className="field">
              <label htmlFor="f-date">{t("chatRoster.date")}</label>
              <input id="f-date" name="date" type="date" required defaultValue={today} />
            </div>
            <div className="field">
              <label htmlFor="f-from">{t("chatRoster.from")}</label>
              <input id="f-from" name="from" type="time" required defaultValue="09:00" />
            </div>
            <div className="field">
              <label htmlFor="f-to">{t("chatRoster.to")}</label>
              <input id="f-to" name="to" type="time" required defaultValue="15:00" />
            </div>
            <fieldset className="field" id="f-languages">
              <legend>{t("chatRoster.languages")}</legend>
              {chatLanguages.map((c) => (
                <div className="option" key={c}>
                  <input type="checkbox" id={`f-languages--${c}`} name="languages" value={c} defaultChecked={c === "fi"} />
                  <label htmlFor={`f-languages--${c}`}>{t(`language.${c}` as never)}</label>
                </div>
              ))}
            </fieldset>
            <fieldset className="field" id="f-topics">
              <legend>{t("chatRoster.topics")}</legend>
              <p className="field__hint">{t("chatRoster.topicsHint")}</p>
              {chatTopics.map((c) => (
                <div className="option" key={c}>
                  <input type="checkbox" id={`f-topics--${c}`} name="topics" value={c} />
                  <label htmlFor={`f-topics--${c}`}>{topicLabel(c)}</label>
                </div>
              ))}
            </fieldset>
            <button type="submit" className="button" id="add-shift-button">
              {t("chatRoster.add")}
            </button>
          </Form>
        </section>
      )}
      {settings.length > 0 && (
        <section aria-labelledby="settings-heading">
          <h2 id="settings-heading">{t("chatRoster.settings")}</h2>
          {settings.map((s) => (
            <Form method="post" className="form narrow" key={`${s.regionCode}-${s.autoAssign}-${s.maxParallel}`}>
              <h3>{s.regionName}</h3>
              <input type="hidden" name="intent" value="setting" />
              <input type="hidden" name="regionCode" value={s.regionCode} />
              <div className="option">
                <input type="checkbox" id={`auto-${s.regionCode}`} name="autoAssign" value="yes" defaultChecked={s.autoAssign} />
                <label htmlFor={`auto-${s.regionCode}`}>{t("chatRoster.autoAssign")}</label>
              </div>
              <div className="field">
                <label htmlFor={`max-${s.regionCode}`}>{t("chatRoster.maxParallel")}</label>
                <input id={`max-${s.regionCode}`} name="maxParallel" type="number" min={1} max={10} required defaultValue={s.maxParallel} />
              </div>
              <button type="submit" className="button button--secondary">
                {t("chatRoster.saveSettings")}
              </button>
            </Form>
          ))}
          <h2 id="canned-heading">{t("chatWork.canned")}</h2>
          {canned.length > 0 && (
            <ul className="link-list" id="canned-list">
              {canned.map((c) => (
                <li key={c.id}>
                  <strong>{c.title}</strong> ({c.regionName}, {t(`language.${c.language}` as never)}): {c.body}
                  <Form method="post">
                    <input type="hidden" name="intent" value="delete-canned" />
                    <input type="hidden" name="cannedId" value={c.id} />
                    <button type="submit" className="button button--secondary">
                      {t("chatRoster.remove")}
                    </button>
                  </Form>
                </li>
              ))}
            </ul>
          )}
          <Form method="post" className="form narrow" id="add-canned">
            <input type="hidden" name="intent" value="add-canned" />
            <SelectField
              name="regionCode"
              label={t("chat.region")}
              errors={errors}
              required
              options={settings.map((s) => ({ value: s.regionCode, label: s.regionName }))}
            />
            <SelectField
              name="language"
              label={t("chat.language")}
              errors={errors}
              required
              options={chatLanguages.map((c) => ({ value: c, label: t(`language.${c}` as never) }))}
            />
            <TextField name="title" label={t("chatRoster.cannedTitle")} errors={errors} required maxLength={chatLimits.cannedTitle} />
            <TextField name="body" label={t("chatRoster.cannedBody")} errors={errors} required multiline maxLength={chatLimits.cannedBody} />
            <button type="submit" className="button button--secondary">
              {t("chatRoster.addCanned")}
            </button>
          </Form>
        </section>
      )}
    </>
  );
}
