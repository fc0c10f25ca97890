import { Form, Link, redirect } from "react-router";
import { requireUser } from "~/kit/permissions/current-user.server";
import { pageTitle } from "~/kit/page-title";
import { translator } from "~/kit/i18n/catalogue";
import { languageOf } from "~/kit/i18n/languages";
import { useLanguage, useT } from "~/kit/i18n/use-i18n";
import { exchangeKinds, importLimits, isExchangeKind, type ExchangeKind } from "../columns";
import { importSpec } from "../import.server";
import { networkMapImportTask } from "../import-task.server";
import { startImport } from "../runs.server";
import { ImportFileFields, ImportReport, importAnswer, refuseImport } from "../report";
import type { Route } from "./+types/import";

const maxMegabytes = importLimits.maxBytes / 1024 / 1024;

export async function loader({ request, params }: Route.LoaderArgs) {
  await requireUser(request, String(params.lang));
  return null;
}

export async function action({ request, params }: Route.ActionArgs) {
  const lang = languageOf(params);
  const user = await requireUser(request, lang);
  const t = translator(lang);
  const refuse = refuseImport;
  // Refuse an oversized upload before reading it into memory (the multipart overhead is small).
  if (Number(request.headers.get("content-length") ?? 0) > importLimits.maxBytes + 64 * 1024) return refuse(413, t("exchange.tooLarge", { max: maxMegabytes }));
  const form = await request.formData();
  const kind = form.get("kind");
  if (!isExchangeKind(kind)) return refuse(400, t("exchange.chooseKind"));
  const file = form.get("file");
  if (!(file instanceof File) || file.size === 0) return refuse(400, t("exchange.noFile"), kind);
  if (file.size > importLimits.maxBytes) return refuse(413, t("exchange.tooLarge", { max: maxMegabytes }), kind);
  const started = await startImport(user, kind, new Uint8Array(await file.arrayBuffer()), importSpec(user, kind), networkMapImportTask, request.signal);
  // A large file is imported by a job; its page shows the progress and then the report.
  if ("runId" in started) return redirect(`/${lang}/work/import/${started.runId}`, { status: 303 });
  return importAnswer(kind, started.result, t);
}

export const meta = ({ params }: Route.MetaArgs) => pageTitle(params.lang, translator(languageOf(params))("import.title"));

export default function ImportPage({ actionData }: Route.ComponentProps) {
  const t = useT();
  const lang = useLanguage();
  const result = actionData;
  const chosen: ExchangeKind = isExchangeKind(result?.kind) ? result.kind : "organizations";
  return (
    <>
      <h1>{t("import.title")}</h1>
      <p className="lead">{t("import.intro")}</p>

      <ImportReport result={result} />

      <Form method="post" encType="multipart/form-data" className="form narrow">
        <fieldset className="field">
          <legend>{t("import.kind")}</legend>
          {exchangeKinds.map((kind) => (
            <label key={kind}>
              <input type="radio" name="kind" value={kind} defaultChecked={kind === chosen} required /> {t(`exchange.kind.${kind}`)}
            </label>
          ))}
        </fieldset>
        <ImportFileFields />
      </Form>

      <h2>{t("import.rules")}</h2>
      <ul>
        <li>{t("import.rule.encoding")}</li>
        <li>{t("import.rule.header")}</li>
        <li>{t("import.rule.lists")}</li>
        <li>{t("import.rule.organization")}</li>
        <li>{t("import.rule.id")}</li>
        <li>{t("import.rule.keys")}</li>
        <li>{t("import.rule.permissions")}</li>
      </ul>

      <h2>{t("import.templates")}</h2>
      <ul className="link-list">
        {exchangeKinds.map((kind) => (
          <li key={kind}>
            <a href={`/${lang}/work/import/templates/${kind}.csv`} download>
              {t("import.template", { kind: t(`exchange.kind.${kind}`) })}
            </a>
          </li>
        ))}
      </ul>
      <p>
        <Link to={`/${lang}/work/export`}>{t("import.exportLink")}</Link>
      </p>
      <p>
        <Link to={`/${lang}/work/import/entries`}>{t("import.entriesLink")}</Link>
      </p>
    </>
  );
}
