import { useState } from "react";
import { data, Form, Link, redirect, useFetcher } from "react-router";
import { bookablesOfServices } from "~/booking/public.server";
import { requireUser } from "~/kit/permissions/current-user.server";
import { pageTitle } from "~/kit/page-title";
import { config } from "~/kit/config.server";
import { translator } from "~/kit/i18n/catalogue";
import { languageOf } from "~/kit/i18n/languages";
import { useLocalize } from "~/kit/i18n/localized-text";
import { useLanguage, useT } from "~/kit/i18n/use-i18n";
import { ErrorSummary, SelectField, type FieldErrors } from "~/kit/forms/components";
import { text } from "~/kit/forms/form-data";
import { commandFailure, requireId } from "~/kit/http/respond.server";
import { InvalidInput } from "~/kit/validation/errors";
import { translateIssues } from "~/kit/validation/fields";
import { ChatTaken, endChat, postPractitionerMessage, transferChat } from "../../commands/conversation.server";
import { ChatTranscript } from "../../components/transcript";
import { useChatEvents } from "../../components/use-chat-events";
import { chatLimits, endTopics } from "../../inputs";
import { showLine, type ShownLine } from "../../present";
import { conversationFor } from "../../queries.server";
import type { Route } from "./+types/conversation";

/** `/:lang/work/chat/:id`: one chat for the person who holds it; every view of the transcript is audited. */
export async function loader({ request, params }: Route.LoaderArgs) {
  const lang = languageOf(params);
  const user = await requireUser(request, lang);
  const id = requireId(params.id, lang);
  let conversation;
  try {
    conversation = await conversationFor(user, id);
  } catch (error) {
    return commandFailure(error, lang, {}) as never;
  }
  const t = translator(lang);
  const [bookable] = conversation.chat.serviceId ? await bookablesOfServices([conversation.chat.serviceId]) : [];
  const language = conversation.chat.language;
  return {
    ...conversation,
    lines: conversation.lines.map((l) => showLine(l, "practitioner", t, lang)),
    bookingLink: bookable ? `${config.publicUrl}/${["fi", "sv", "en"].includes(language) ? language : "fi"}/book/${bookable.id}` : null,
  };
}

export async function action({ request, params }: Route.ActionArgs) {
  const lang = languageOf(params);
  const t = translator(lang);
  const user = await requireUser(request, lang);
  const id = requireId(params.id, lang);
  if (Number(request.headers.get("content-length") ?? 0) > chatLimits.formBytes) throw data(t("chat.tooLarge"), { status: 413 });
  const form = await request.formData();
  const intent = text(form, "intent");
  const values = { body: text(form, "body"), toShiftId: text(form, "toShiftId"), endTopic: text(form, "endTopic") };
  try {
    if (intent === "send") {
      const sequence = await postPractitionerMessage(user, id, { body: values.body });
      return { sent: sequence };
    }
    if (intent === "transfer") {
      await transferChat(user, id, { toShiftId: values.toShiftId });
      return redirect(`/${lang}/work/chat?notice=transferred`, { status: 303 });
    }
    if (intent === "end") {
      await endChat(user, id, { endTopic: values.endTopic });
      return redirect(`/${lang}/work/chat/${id}`, { status: 303 });
    }
  } catch (error) {
    if (error instanceof ChatTaken) return data({ errors: { form: t("chatWork.notActive") }, values }, { status: 409 });
    if (error instanceof InvalidInput) return data({ errors: translateIssues(error.issues, t), values }, { status: 400 });
    return commandFailure(error, lang, values);
  }
  throw data(t("error.badRequest"), { status: 400 });
}

export const meta = ({ params }: Route.MetaArgs) => pageTitle(params.lang, translator(languageOf(params))("chatWork.conversation"));

export default function ConversationPage({ loaderData, actionData }: Route.ComponentProps) {
  const failed = actionData && "errors" in actionData ? actionData.errors : undefined;
  return <Conversation key={`${loaderData.chat.id}:${loaderData.chat.status}`} {...loaderData} failed={failed} />;
}

type Loaded = Route.ComponentProps["loaderData"] & { failed?: FieldErrors };

function Conversation({ chat, lines: initial, colleagues, canned, bookingLink, failed }: Loaded) {
  const t = useT();
  const lang = useLanguage();
  const localize = useLocalize();
  const [lines, setLines] = useState<ShownLine[]>(initial);
  const [draft, setDraft] = useState("");
  const last = lines.at(-1)?.sequence ?? 0;
  const live = chat.status !== "ended";
  useChatEvents(`/${lang}/work/chat/stream?chat=${chat.id}&after=${initial.at(-1)?.sequence ?? 0}`, (line) =>
    setLines((current) => (current.some((l) => l.sequence === line.sequence) ? current : [...current, line].sort((a, b) => a.sequence - b.sequence))),
  );
  const sender = useFetcher<{ sent?: number; errors?: FieldErrors }>();
  const errors = sender.data?.errors ?? failed;
  const topicLabel = (c: string) => (c === "other" ? t("chat.topic.other") : t(`topic.${c}` as never));
  const stateText = chat.status === "ended" ? t("chatWork.state.ended") : t("chatWork.state.active", { name: chat.firstName || t("chat.line.citizen") });
  return (
    <>
      <p>
        <Link to={`/${lang}/work/chat`}>{t("chatWork.title")}</Link>
      </p>
      <h1>{t("chatWork.conversation")}</h1>
      <p className="lead">
        {chat.firstName || t("chat.line.citizen")} · {t(`language.${chat.language}` as never)} · {topicLabel(chat.topic)}
      </p>
      <p className="muted">{t("chatWork.viewLogged")}</p>
      <ErrorSummary errors={errors} labels={{ body: t("chat.message"), toShiftId: t("chatWork.transferTo"), endTopic: t("chatWork.endTopic") }} />
      <ChatTranscript lines={lines} stateText={stateText} logLabel={t("chat.messages")} streamPath={null} lastSequence={last} />
      {live && (
        <>
          <sender.Form
            method="post"
            className="form"
            id="chat-form"
            onSubmit={() => {
              // The line comes back through the stream once stored; the box is cleared at once.
              setTimeout(() => setDraft(""), 0);
            }}
          >
            <input type="hidden" name="intent" value="send" />
            <div className="field">
              <label htmlFor="f-body">{t("chat.message")}</label>
              <textarea
                id="f-body"
                name="body"
                required
                maxLength={chatLimits.message}
                value={draft}
                onChange={(e) => setDraft(e.target.value)}
                onKeyDown={(e) => {
                  if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) e.currentTarget.form?.requestSubmit();
                }}
              />
            </div>
            <button type="submit" className="button" id="chat-send" disabled={sender.state !== "idle"}>
              {t("chat.send")}
            </button>
          </sender.Form>
          {(canned.length > 0 || bookingLink) && (
            <section aria-labelledby="canned-heading">
              <h2 id="canned-heading">{t("chatWork.canned")}</h2>
              <ul className="link-list" id="canned-answers">
                {canned.map((c) => (
                  <li key={c.id}>
                    <button type="button" className="button button--secondary" onClick={() => setDraft((d) => (d ? `${d}\n${c.body}` : c.body))}>
                      {c.title}
                    </button>
                  </li>
                ))}
                {bookingLink && (
                  <li>
                    <button
                      type="button"
                      className="button button--secondary"
                      id="insert-booking-link"
                      onClick={() => setDraft((d) => `${d}${d ? " " : ""}${bookingLink}`)}
                    >
                      {t("chatWork.insertBookingLink")}
                    </button>
                  </li>
                )}
              </ul>
            </section>
          )}
          <p>
            <Link to={`/${lang}/work/referrals/new`} target="_blank" rel="noopener" id="make-referral">
              {t("chatWork.makeReferral")}
            </Link>
          </p>
          {colleagues.length > 0 && (
            <section aria-labelledby="transfer-heading">
              <h2 id="transfer-heading">{t("chatWork.transfer")}</h2>
              <Form method="post" className="form narrow" id="transfer-form">
                <input type="hidden" name="intent" value="transfer" />
                <SelectField
                  name="toShiftId"
                  label={t("chatWork.transferTo")}
                  errors={errors}
                  required
                  options={colleagues.map((c) => ({ value: c.shiftId, label: `${c.userName} (${localize(c.organizationName)})` }))}
                />
                <button type="submit" className="button button--secondary" id="transfer-button">
                  {t("chatWork.transfer")}
                </button>
              </Form>
            </section>
          )}
        </>
      )}
      {(live || !chat.endTopic) && (
        <section aria-labelledby="end-heading">
          <h2 id="end-heading">{t("chatWork.end")}</h2>
          <Form method="post" className="form narrow" id="end-form">
            <input type="hidden" name="intent" value="end" />
            <SelectField
              name="endTopic"
              label={t("chatWork.endTopic")}
              value={chat.topic}
              errors={errors}
              required
              options={endTopics.map((c) => ({ value: c, label: topicLabel(c) }))}
            />
            <button type="submit" className="button" id="end-button">
              {t("chatWork.end")}
            </button>
          </Form>
        </section>
      )}
    </>
  );
}
