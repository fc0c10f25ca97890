import { Form, Link, redirect } from "react-router";
import { requireUser } from "~/kit/permissions/current-user.server";
import { pageTitle } from "~/kit/page-title";
import { translator } from "~/kit/i18n/catalogue";
import { languageOf } from "~/kit/i18n/languages";
import { useLanguage, useT } from "~/kit/i18n/use-i18n";
import { importAnswer, ImportFileFields, importLimits, ImportReport, refuseImport } from "~/network-map/public";
import { startImport } from "~/network-map/public.server";
import { offeringImportSpec } from "../exchange.server";
import { offeringImportTask } from "../import-task.server";
import type { Route } from "./+types/import";

const maxMegabytes = importLimits.maxBytes / 1024 / 1024;

/** `/:lang/work/offerings/import`: CSV import of education offerings. */
export async function loader({ request, params }: Route.LoaderArgs) {
  await requireUser(request, languageOf(params));
  return null;
}

export async function action({ request, params }: Route.ActionArgs) {
  const lang = languageOf(params);
  const user = await requireUser(request, lang);
  const t = translator(lang);
  // Refuse an oversized upload before reading it into memory (the multipart overhead is small).
  if (Number(request.headers.get("content-length") ?? 0) > importLimits.maxBytes + 64 * 1024)
    return refuseImport(413, t("exchange.tooLarge", { max: maxMegabytes }), "offerings");
  const form = await request.formData();
  const file = form.get("file");
  if (!(file instanceof File) || file.size === 0) return refuseImport(400, t("exchange.noFile"), "offerings");
  if (file.size > importLimits.maxBytes) return refuseImport(413, t("exchange.tooLarge", { max: maxMegabytes }), "offerings");
  const started = await startImport(user, "offerings", new Uint8Array(await file.arrayBuffer()), offeringImportSpec(user), offeringImportTask, request.signal);
  // A large file is imported by a job; its page shows the progress and then the report.
  if ("runId" in started) return redirect(`/${lang}/work/import/${started.runId}`, { status: 303 });
  return importAnswer("offerings", started.result, t);
}

export const meta = ({ params }: Route.MetaArgs) => pageTitle(params.lang, translator(languageOf(params))("offeringExchange.importTitle"));

export default function OfferingImportPage({ actionData }: Route.ComponentProps) {
  const t = useT();
  const lang = useLanguage();
  return (
    <>
      <p>
        <Link to={`/${lang}/work/offerings`}>{t("workOfferings.title")}</Link>
      </p>
      <h1>{t("offeringExchange.importTitle")}</h1>
      <p className="lead">{t("offeringExchange.importIntro")}</p>

      <ImportReport result={actionData} />

      <Form method="post" encType="multipart/form-data" className="form narrow">
        <ImportFileFields />
      </Form>

      <h2>{t("import.rules")}</h2>
      <ul>
        <li>{t("import.rule.encoding")}</li>
        <li>{t("offeringExchange.rule.columns")}</li>
        <li>{t("offeringExchange.rule.codes")}</li>
        <li>{t("offeringExchange.rule.dates")}</li>
        <li>{t("offeringExchange.rule.id")}</li>
        <li>{t("offeringExchange.rule.permissions")}</li>
      </ul>

      <h2>{t("import.templates")}</h2>
      <ul className="link-list">
        <li>
          <a href={`/${lang}/work/offerings/import/template.csv`} download>
            {t("offeringExchange.template")}
          </a>
        </li>
      </ul>

      <p>
        <Link to={`/${lang}/work/offerings/export`}>{t("offeringExchange.exportLink")}</Link>
      </p>
    </>
  );
}
