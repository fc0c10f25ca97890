import { data, redirect, type HeadersFunction } from "react-router";
import { pageTitle } from "~/kit/page-title";
import { translator } from "~/kit/i18n/catalogue";
import { languageOf } from "~/kit/i18n/languages";
import { useLanguage, useT } from "~/kit/i18n/use-i18n";
import { ErrorSummary, SelectField, TextField, type FieldErrors } from "~/kit/forms/components";
import { clientAddress } from "~/kit/http/client-address.server";
import { rateLimited, refusalMessage } from "~/kit/rate-limit/answer.server";
import { InvalidInput } from "~/kit/validation/errors";
import { isUuid } from "~/kit/validation/uuid";
import { translateIssues } from "~/kit/validation/fields";
import { leaveChat, postCitizenMessage, startChat } from "../commands/citizen.server";
import { chatLanguages, chatLimits, chatTopics } from "../inputs";
import { chatMessages, chatStarts } from "../rate-limit.server";
import { clearResumeCookie, readResumeToken, resumeCookie } from "../resume-cookie.server";
import { ChatTranscript } from "../components/transcript";
import { citizenChat, regionChoices, regionOfService } from "./page.server";
import type { Route } from "./+types/chat";

export const handle = { islands: ["chat"] };

/**
 * `/:lang/chat`: the region's shared chat duty for citizens (decision 0205). No account; the chat is
 * resumed from an httpOnly cookie. It works as plain forms; the chat island adds live messages.
 */
export async function loader({ request, params }: Route.LoaderArgs) {
  const lang = languageOf(params);
  const url = new URL(request.url);
  const serviceParam = url.searchParams.get("service");
  const serviceId = isUuid(serviceParam) ? serviceParam : null;
  const [current, regions, serviceRegion] = await Promise.all([
    citizenChat(request, lang),
    regionChoices(lang),
    serviceId ? regionOfService(serviceId) : Promise.resolve(null),
  ]);
  const headers = new Headers();
  // Every page load keeps the chat resumable for another ten minutes.
  if (current) headers.set("Set-Cookie", resumeCookie(request, current.token));
  else if (readResumeToken(request)) headers.set("Set-Cookie", clearResumeCookie(request));
  return data({ chat: current?.view ?? null, regions, serviceId, serviceRegion, streamPath: `/${lang}/chat/stream` }, { headers });
}

export const headers: HeadersFunction = ({ actionHeaders, loaderHeaders }) => {
  const result = new Headers();
  const retryAfter = actionHeaders.get("Retry-After");
  if (retryAfter) result.set("Retry-After", retryAfter);
  const cookie = loaderHeaders.get("Set-Cookie");
  if (cookie) result.set("Set-Cookie", cookie);
  return result;
};

type Values = Record<"regionCode" | "language" | "topic" | "firstName" | "body", string>;

export async function action({ request, params }: Route.ActionArgs) {
  const lang = languageOf(params);
  const t = translator(lang);
  if (Number(request.headers.get("content-length") ?? 0) > chatLimits.formBytes) throw data(t("chat.tooLarge"), { status: 413 });
  const form = await request.formData();
  const field = (name: string) => {
    const value = form.get(name);
    return typeof value === "string" ? value : "";
  };
  const values: Values = {
    regionCode: field("regionCode"),
    language: field("language"),
    topic: field("topic"),
    firstName: field("firstName"),
    body: field("body"),
  };
  const intent = field("intent");
  const token = readResumeToken(request);
  const back = `/${lang}/chat`;
  try {
    if (intent === "start") {
      const verdict = await chatStarts.consume({ address: clientAddress(request) });
      if (!verdict.allowed) return data({ errors: { form: refusalMessage(verdict, t) }, values }, rateLimited(verdict));
      const serviceId = field("serviceId");
      const started = await startChat({
        regionCode: values.regionCode,
        language: values.language,
        topic: values.topic,
        firstName: values.firstName,
        serviceId: isUuid(serviceId) ? serviceId : undefined,
      });
      return redirect(`${back}#chat-body`, { status: 303, headers: { "Set-Cookie": resumeCookie(request, started.token) } });
    }
    if (!token) return redirect(back, { status: 303 });
    if (intent === "send") {
      const verdict = await chatMessages.consume({ address: clientAddress(request) });
      if (!verdict.allowed) return data({ errors: { body: refusalMessage(verdict, t) }, values }, rateLimited(verdict));
      await postCitizenMessage(token, { body: values.body });
      return redirect(`${back}#chat-body`, { status: 303, headers: { "Set-Cookie": resumeCookie(request, token) } });
    }
    if (intent === "leave") {
      await leaveChat(token);
      return redirect(back, { status: 303 });
    }
    if (intent === "new") return redirect(back, { status: 303, headers: { "Set-Cookie": clearResumeCookie(request) } });
    throw data(t("error.badRequest"), { status: 400 });
  } catch (error) {
    if (error instanceof InvalidInput) return data({ errors: translateIssues(error.issues, t), values }, { status: 400 });
    throw error;
  }
}

export const meta = ({ params }: Route.MetaArgs) => pageTitle(params.lang, translator(languageOf(params))("chat.title"));

export default function ChatPage({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const lang = useLanguage();
  const { chat, regions, serviceId, serviceRegion, streamPath } = loaderData;
  const errors: FieldErrors | undefined = actionData?.errors;
  const openRegions = regions.filter((r) => r.openNow);
  const contactHref = serviceId ? `/${lang}/services/${serviceId}/contact` : `/${lang}/search`;
  return (
    <>
      <h1>{t("chat.title")}</h1>
      <p className="lead">{t("chat.intro")}</p>
      <p className="alert" id="chat-privacy">
        {t("chat.privacy")}
      </p>
      {chat ? (
        <section aria-labelledby="chat-heading">
          <h2 id="chat-heading">{t("chat.conversation")}</h2>
          <ErrorSummary errors={errors} labels={{ body: t("chat.message") }} />
          <ChatTranscript
            lines={chat.lines}
            stateText={chat.stateText}
            logLabel={t("chat.messages")}
            streamPath={chat.status === "ended" ? null : streamPath}
            lastSequence={chat.lastSequence}
          />
          {chat.status === "ended" ? (
            <>
              {chat.satisfactionPath && (
                <p>
                  <a href={chat.satisfactionPath} id="chat-satisfaction">
                    {t("chat.rate")}
                  </a>
                </p>
              )}
              <form method="post" action={`/${lang}/chat`}>
                <input type="hidden" name="intent" value="new" />
                <button type="submit" className="button">
                  {t("chat.startNew")}
                </button>
              </form>
            </>
          ) : (
            <>
              <form method="post" action={`/${lang}/chat`} className="form narrow" id="chat-form" data-post={`/${lang}/chat/messages`}>
                <input type="hidden" name="intent" value="send" />
                <TextField
                  name="body"
                  label={t("chat.message")}
                  hint={t("chat.privacyShort")}
                  errors={errors}
                  multiline
                  required
                  maxLength={chatLimits.message}
                />
                <button type="submit" className="button" id="chat-send">
                  {t("chat.send")}
                </button>
              </form>
              <form method="post" action={`/${lang}/chat`}>
                <input type="hidden" name="intent" value="leave" />
                <button type="submit" className="button button--secondary" id="chat-leave">
                  {t("chat.leave")}
                </button>
              </form>
            </>
          )}
        </section>
      ) : (
        <>
          <section aria-labelledby="chat-status-heading">
            <h2 id="chat-status-heading">{t("chat.status.title")}</h2>
            {regions.length === 0 ? (
              <p>{t("chat.status.none")}</p>
            ) : (
              <ul className="link-list" id="chat-status">
                {regions.map((r) => (
                  <li key={r.regionCode}>
                    <strong>{r.name}</strong>: {r.statusText}
                  </li>
                ))}
              </ul>
            )}
          </section>
          {openRegions.length > 0 ? (
            <section aria-labelledby="chat-start-heading">
              <h2 id="chat-start-heading">{t("chat.start.title")}</h2>
              <ErrorSummary
                errors={errors}
                labels={{ regionCode: t("chat.region"), language: t("chat.language"), topic: t("chat.topic"), firstName: t("chat.firstName") }}
              />
              <form method="post" action={`/${lang}/chat`} className="form narrow" id="chat-start">
                <input type="hidden" name="intent" value="start" />
                {serviceId && <input type="hidden" name="serviceId" value={serviceId} />}
                <TextField
                  name="firstName"
                  label={t("chat.firstName")}
                  hint={t("chat.firstNameHint")}
                  value={actionData?.values.firstName}
                  errors={errors}
                  autoComplete="given-name"
                  maxLength={chatLimits.firstName}
                />
                <SelectField
                  name="regionCode"
                  label={t("chat.region")}
                  value={
                    actionData?.values.regionCode || (openRegions.some((r) => r.regionCode === serviceRegion) ? serviceRegion! : openRegions[0].regionCode)
                  }
                  errors={errors}
                  required
                  options={openRegions.map((r) => ({ value: r.regionCode, label: r.name }))}
                />
                <SelectField
                  name="language"
                  label={t("chat.language")}
                  value={actionData?.values.language || ((chatLanguages as readonly string[]).includes(lang) ? lang : "fi")}
                  errors={errors}
                  required
                  options={chatLanguages.map((c) => ({ value: c, label: t(`language.${c}` as never) }))}
                />
                <SelectField
                  name="topic"
                  label={t("chat.topic")}
                  value={actionData?.values.topic || "other"}
                  errors={errors}
                  required
                  options={chatTopics.map((c) => ({ value: c, label: c === "other" ? t("chat.topic.other") : t(`topic.${c}` as never) }))}
                />
                <button type="submit" className="button" id="chat-start-button">
                  {t("chat.start.submit")}
                </button>
              </form>
            </section>
          ) : (
            <section aria-labelledby="chat-closed-heading">
              <h2 id="chat-closed-heading">{t("chat.closed.title")}</h2>
              <p>{t("chat.closed.text")}</p>
              <p>
                <a href={contactHref} id="chat-contact-request">
                  {serviceId ? t("chat.closed.contactRequest") : t("chat.closed.findService")}
                </a>
              </p>
            </section>
          )}
        </>
      )}
    </>
  );
}
