import { data, Form } from "react-router";
import { config } from "~/kit/config.server";
import { pageTitle } from "~/kit/page-title";
import { translator, type MessageKey } from "~/kit/i18n/catalogue";
import { languageOf } from "~/kit/i18n/languages";
import { useLanguage, useT } from "~/kit/i18n/use-i18n";
import { channels } from "~/network-map/public";
import { PlaceAndLanguageFields } from "../components";
import { goals, parseGuideAnswers, type GuideAnswers } from "../filters";
import { lifePaths, pathKey } from "../paths";
import { municipalityCheck, municipalityOptions } from "../queries.server";
import type { Route } from "./+types/guide";

const noAnswers: GuideAnswers = { situation: null, goal: null, municipality: null, language: null, channels: [] };

/** The guided search's questions, pre-filled from the URL when the visitor comes back to change them. */
export async function loader({ request, params }: Route.LoaderArgs) {
  const lang = languageOf(params);
  const t = translator(lang);
  const [municipalities, isMunicipality] = await Promise.all([municipalityOptions(lang), municipalityCheck()]);
  const common = { municipalities, canonical: `${config.publicUrl}/${lang}/guide` };
  const parsed = parseGuideAnswers(new URL(request.url).searchParams, isMunicipality);
  if (!parsed.ok) {
    const error = t("portal.badParameter", { name: t(`portal.param.${parsed.parameter}` as MessageKey) });
    return data({ ...common, error, answers: noAnswers }, { status: 400 });
  }
  return { ...common, error: null, answers: parsed.value };
}

export const meta = ({ params, data }: Route.MetaArgs) => {
  const t = translator(languageOf(params));
  return [...pageTitle(params.lang, t("guide.title"), t("guide.description")), ...(data ? [{ tagName: "link", rel: "canonical", href: data.canonical }] : [])];
};

function Choice({ name, value, label, checked }: { name: string; value: string; label: string; checked: boolean }) {
  const id = `guide-${name}-${value || "none"}`;
  return (
    <label className="option" htmlFor={id}>
      <input type="radio" id={id} name={name} value={value} defaultChecked={checked} />
      <span>{label}</span>
    </label>
  );
}

export default function Guide({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const lang = useLanguage();
  const { answers, error, municipalities } = loaderData;
  return (
    <>
      <h1>{t("guide.title")}</h1>
      <p className="lead">{t("guide.intro")}</p>
      {error && (
        <p role="alert" className="alert alert--error">
          {error}
        </p>
      )}
      <Form method="get" action={`/${lang}/guide/results`} className="form guide">
        <fieldset>
          <legend>{t("guide.situation")}</legend>
          {lifePaths.map((p) => (
            <Choice key={p.slug} name="situation" value={p.slug} label={t(pathKey(p.slug, "title") as MessageKey)} checked={answers.situation === p.slug} />
          ))}
          <Choice name="situation" value="" label={t("guide.notSure")} checked={answers.situation === null} />
        </fieldset>
        <fieldset>
          <legend>{t("guide.goal")}</legend>
          {goals.map((goal) => (
            <Choice key={goal} name="goal" value={goal} label={t(`guide.goal.${goal}`)} checked={answers.goal === goal} />
          ))}
          <Choice name="goal" value="" label={t("guide.notSure")} checked={answers.goal === null} />
        </fieldset>
        <fieldset>
          <legend>{t("guide.where")}</legend>
          <PlaceAndLanguageFields idPrefix="guide" municipalities={municipalities} municipality={answers.municipality} language={answers.language} />
        </fieldset>
        <fieldset aria-describedby="guide-channels-hint">
          <legend>{t("guide.channels")}</legend>
          <p id="guide-channels-hint" className="field__hint">
            {t("guide.channelsHint")}
          </p>
          {channels.map((channel) => {
            const id = `guide-channel-${channel}`;
            return (
              <label key={channel} className="option" htmlFor={id}>
                <input type="checkbox" id={id} name="channel" value={channel} defaultChecked={answers.channels.includes(channel)} />
                <span>{t(`channel.${channel}` as MessageKey)}</span>
              </label>
            );
          })}
        </fieldset>
        <p>
          <button type="submit" className="button">
            {t("guide.submit")}
          </button>
        </p>
      </Form>
    </>
  );
}
