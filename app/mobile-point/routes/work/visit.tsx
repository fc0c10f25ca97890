import { Form, Link } from "react-router";
import { requireUser } from "~/kit/permissions/current-user.server";
import { pageTitle } from "~/kit/page-title";
import { translator } from "~/kit/i18n/catalogue";
import { languageOf } from "~/kit/i18n/languages";
import { useLanguage, useT } from "~/kit/i18n/use-i18n";
import { db } from "~/kit/db/db.server";
import { editFailure, forbiddenResponse, notFoundResponse, redirectWithNotice, requireId } from "~/kit/http/respond.server";
import { ErrorSummary, Notice, SubmitButton, TextField } from "~/kit/forms/components";
import { VersionField } from "~/kit/forms/conflict";
import { text, versionOf } from "~/kit/forms/form-data";
import { placeName, reference, sortPlaces } from "~/reference/public.server";
import { ownCardOrganizations } from "../../commands/shared.server";
import { recordVisitLog } from "../../commands/visit-log.server";
import { openVisitQuestion, visitQuestionPath } from "../../commands/visit-question.server";
import { config } from "~/kit/config.server";
import { cancelVisit, updateVisit, visitFormValues } from "../../commands/visit.server";
import { VisitForm, VisitLogForm } from "../../components/work-forms";
import { visitFromForm, visitLogFromForm } from "../../form-data";
import type { CancelVisitInput, VisitInput, VisitLogInput } from "../../inputs";
import { canManageMobilePoint, canRecordVisitLog } from "../../permissions";
import { organizationNames, visitForWork } from "../../queries.server";
import { visitWhen } from "../../visit-text";
import type { Route } from "./+types/visit";

async function access(request: Request, params: { lang?: string; id?: string }) {
  const lang = languageOf(params);
  const user = await requireUser(request, lang);
  const loaded = await visitForWork(requireId(params.id, lang));
  if (!loaded) throw notFoundResponse(lang);
  const manage = canManageMobilePoint(user, loaded.scope);
  const log = canRecordVisitLog(user, loaded.scope, await ownCardOrganizations(db(), user));
  if (!manage && !log) throw forbiddenResponse(lang);
  return { lang, user, loaded, manage, log };
}

export async function loader({ request, params }: Route.LoaderArgs) {
  const { lang, loaded, manage, log } = await access(request, params);
  const ref = await reference();
  const { visit, row, scope } = loaded;
  const staffNames = await organizationNames(scope.organizationIds);
  const when = visitWhen(visit.startsAt, visit.endsAt, lang);
  const questionPath = log ? await visitQuestionPath(visit.id, lang) : null;
  return {
    questionUrl: questionPath && `${config.publicUrl}${questionPath}`,
    manage,
    mayLog: log,
    started: visit.startsAt <= new Date(),
    visit: {
      id: visit.id,
      pointId: visit.pointId,
      label: `${visit.placeName}, ${placeName(ref.byCode.get(visit.municipalityCode), lang)}`,
      when: `${when.day} ${when.hours}`,
      cancelled: visit.status === "cancelled",
      changeReason: visit.changeReason,
      version: row.version,
      locationSource: row.locationSource,
    },
    values: visitFormValues(row),
    log: loaded.log ? { values: { visitors: String(loaded.log.visitors), topics: loaded.log.topics } as VisitLogInput, version: loaded.log.version } : null,
    staff: scope.organizationIds.map((id) => ({ id, name: staffNames[id] ?? {} })),
    municipalities: sortPlaces(
      ref.municipalities.filter((m) => scope.regionCodes.includes(m.regionCode) || m.code === visit.municipalityCode),
      lang,
    ).map((m) => ({ code: m.code, name: placeName(m, lang) })),
  };
}

type Sent = { form: "visit"; visit: VisitInput } | { form: "cancel"; cancel: CancelVisitInput } | { form: "log"; log: VisitLogInput };

export async function action({ request, params }: Route.ActionArgs) {
  const { lang, user, loaded, log: mayLog } = await access(request, params);
  const id = loaded.visit.id;
  const form = await request.formData();
  const back = `/${lang}/work/mobile-point-visits/${id}`;
  const intent = text(form, "intent");
  const reloaded = async () => (await visitForWork(id))!;
  if (intent === "question") {
    // The same people as the log; a cancelled visit has no question (the page offers none).
    if (!mayLog || loaded.visit.status === "cancelled") throw forbiddenResponse(lang);
    await openVisitQuestion(user, id);
    return redirectWithNotice(back, "saved");
  }
  if (intent === "log") {
    const log = visitLogFromForm(form);
    try {
      await recordVisitLog(user, id, log);
      return redirectWithNotice(back, "saved");
    } catch (error) {
      return editFailure<Sent>(error, lang, { form: "log", log }, async () => {
        const now = (await reloaded()).log;
        return now ? { version: now.version, values: { visitors: String(now.visitors), topics: now.topics } } : null;
      });
    }
  }
  const stored = async () => {
    const { row } = await reloaded();
    return { version: row.version, values: visitFormValues(row) };
  };
  if (intent === "cancel") {
    const cancel: CancelVisitInput = { reason: text(form, "reason"), version: versionOf(form) };
    try {
      await cancelVisit(user, id, cancel);
      return redirectWithNotice(back, "saved");
    } catch (error) {
      return editFailure<Sent>(error, lang, { form: "cancel", cancel }, stored);
    }
  }
  const visit = visitFromForm(form);
  try {
    await updateVisit(user, id, visit);
    return redirectWithNotice(back, "saved");
  } catch (error) {
    return editFailure<Sent>(error, lang, { form: "visit", visit }, stored);
  }
}

export const meta = ({ params, loaderData }: Route.MetaArgs) =>
  pageTitle(params.lang, loaderData ? loaderData.visit.label : translator(languageOf(params))("mobilePoints.workTitle"));

export default function VisitPage({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const lang = useLanguage();
  const { visit } = loaderData;
  const sent = actionData && "values" in actionData ? actionData : undefined;
  const errors = sent && "errors" in sent ? sent.errors : undefined;
  const conflict = sent && "conflict" in sent ? sent.conflict : undefined;
  const failed = { errors, conflict };
  const visitState =
    sent?.values.form === "visit" ? { values: sent.values.visit, ...failed, version: visit.version } : { values: loaderData.values, version: visit.version };
  const logState =
    sent?.values.form === "log"
      ? { values: sent.values.log, ...failed, version: loaderData.log?.version }
      : { values: loaderData.log?.values ?? { visitors: "", topics: [] }, version: loaderData.log?.version };
  const cancelSent = sent?.values.form === "cancel" ? sent.values.cancel : undefined;
  const formKey = (form: string) =>
    `${form}-${visit.version}-${loaderData.log?.version ?? 0}-${sent?.values.form === form ? JSON.stringify(errors ?? conflict?.version ?? null) : ""}`;
  return (
    <>
      <p>
        <Link to={`/${lang}/work/mobile-points/${visit.pointId}`}>{t("mobilePoints.backToPoint")}</Link>
      </p>
      <h1>{visit.label}</h1>
      <p className="lead">{visit.when}</p>
      <Notice />
      {visit.cancelled && <p className="alert alert--warning">{t("mobilePoints.cancelledBecause", { reason: visit.changeReason })}</p>}
      {!visit.cancelled && visit.changeReason && <p className="alert alert--warning">{t("mobilePoints.changedBecause", { reason: visit.changeReason })}</p>}
      {loaderData.mayLog && !visit.cancelled && (
        <section className="card" aria-labelledby="visit-log">
          <h2 id="visit-log">{t("mobilePoints.log")}</h2>
          <p>{t("mobilePoints.logIntro")}</p>
          {loaderData.started ? <VisitLogForm key={formKey("log")} state={logState} /> : <p>{t("mobilePoints.logLater")}</p>}
        </section>
      )}
      {loaderData.mayLog && !visit.cancelled && (
        <section className="card" aria-labelledby="visit-question">
          <h2 id="visit-question">{t("mobilePoints.question")}</h2>
          <p>{t("mobilePoints.questionIntro")}</p>
          {loaderData.questionUrl ? (
            <p>
              {t("mobilePoints.questionLink")}:{" "}
              <a href={loaderData.questionUrl} id="visit-question-link">
                {loaderData.questionUrl}
              </a>
            </p>
          ) : (
            <Form method="post">
              <input type="hidden" name="intent" value="question" />
              <SubmitButton label={t("mobilePoints.questionOpen")} />
            </Form>
          )}
        </section>
      )}
      {loaderData.manage && !visit.cancelled && (
        <>
          <section className="card" aria-labelledby="edit-visit">
            <h2 id="edit-visit">{t("mobilePoints.editVisit")}</h2>
            {visit.locationSource !== "given" && (
              <p className="field__hint">{t(visit.locationSource === "postcode" ? "mobilePoints.located.postcode" : "mobilePoints.located.municipality")}</p>
            )}
            <VisitForm
              key={formKey("visit")}
              state={visitState}
              municipalities={loaderData.municipalities}
              staff={loaderData.staff}
              editing
              submit={t("common.save")}
            />
          </section>
          <section className="card" aria-labelledby="cancel-visit">
            <h2 id="cancel-visit">{t("mobilePoints.cancelVisit")}</h2>
            <ErrorSummary errors={cancelSent ? errors : undefined} labels={{ reason: t("mobilePoints.cancelReason") }} />
            {cancelSent && conflict && (
              <p className="alert alert--error" role="alert">
                {t("mobilePoints.changedMeanwhile")}
              </p>
            )}
            <Form method="post" className="form" noValidate key={formKey("cancel")}>
              <input type="hidden" name="intent" value="cancel" />
              <VersionField version={cancelSent && conflict ? conflict.version : visit.version} />
              <TextField
                name="reason"
                label={t("mobilePoints.cancelReason")}
                hint={t("mobilePoints.cancelReasonHint")}
                value={cancelSent?.reason}
                errors={cancelSent ? errors : undefined}
                required
              />
              <SubmitButton label={t("mobilePoints.cancelVisit")} />
            </Form>
          </section>
        </>
      )}
    </>
  );
}
