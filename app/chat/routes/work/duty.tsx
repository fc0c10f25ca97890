import { data, Form, Link, redirect } from "react-router";
import { requireUser } from "~/kit/permissions/current-user.server";
import { pageTitle } from "~/kit/page-title";
import { translator } from "~/kit/i18n/catalogue";
import { languageOf } from "~/kit/i18n/languages";
import { useLocalize } from "~/kit/i18n/localized-text";
import { useLanguage, useT } from "~/kit/i18n/use-i18n";
import { formatDateTime } from "~/kit/format";
import { Notice } from "~/kit/forms/components";
import { text } from "~/kit/forms/form-data";
import { commandFailure, requireId } from "~/kit/http/respond.server";
import { placeName, reference } from "~/reference/public.server";
import { askSwap } from "../../commands/roster.server";
import { ChatTaken, takeChat } from "../../commands/conversation.server";
import { useChatEvents } from "../../components/use-chat-events";
import { chatLimits } from "../../inputs";
import { plansShifts } from "../../permissions";
import { dutyOverview } from "../../queries.server";
import type { Route } from "./+types/duty";

/** `/:lang/work/chat`: the user's duty shifts, the queue of the regions they are on duty in now, and their chats. */
export async function loader({ request, params }: Route.LoaderArgs) {
  const lang = languageOf(params);
  const user = await requireUser(request, lang);
  const [overview, ref] = await Promise.all([dutyOverview(user), reference()]);
  const regionName = (code: string) => placeName(ref.byCode.get(code), lang) || code;
  return {
    ...overview,
    dutyRegionNames: overview.dutyRegions.map(regionName),
    shifts: overview.shifts.map((s) => ({ ...s, regionName: regionName(s.regionCode) })),
    queue: overview.queue.map((q) => ({ ...q, regionName: regionName(q.regionCode) })),
    plans: plansShifts(user),
  };
}

export async function action({ request, params }: Route.ActionArgs) {
  const lang = languageOf(params);
  const user = await requireUser(request, lang);
  const form = await request.formData();
  const intent = text(form, "intent");
  if (intent === "take") {
    const id = requireId(text(form, "chatId"), lang);
    try {
      await takeChat(user, id);
    } catch (error) {
      if (error instanceof ChatTaken) return data({ error: translator(lang)("chatWork.taken") }, { status: 409 });
      return commandFailure(error, lang, {});
    }
    return redirect(`/${lang}/work/chat/${id}`, { status: 303 });
  }
  if (intent === "swap") {
    const id = requireId(text(form, "shiftId"), lang);
    try {
      await askSwap(user, id, { note: text(form, "note") });
    } catch (error) {
      return commandFailure(error, lang, {});
    }
    return redirect(`/${lang}/work/chat?notice=swapAsked`, { status: 303 });
  }
  throw data(translator(lang)("error.badRequest"), { status: 400 });
}

export const meta = ({ params }: Route.MetaArgs) => pageTitle(params.lang, translator(languageOf(params))("chatWork.title"));

export default function DutyPage({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const lang = useLanguage();
  const localize = useLocalize();
  const { dutyRegionNames, shifts, queue, mine, plans } = loaderData;
  useChatEvents(`/${lang}/work/chat/stream`);
  const active = mine.filter((c) => c.status === "active");
  const ended = mine.filter((c) => c.status === "ended");
  const error = actionData && "error" in actionData ? actionData.error : null;
  return (
    <>
      <p>
        <Link to={`/${lang}/work`}>{t("work.backToWork")}</Link>
      </p>
      <h1>{t("chatWork.title")}</h1>
      <Notice notices={{ swapAsked: "chatWork.swapAsked" }} />
      {plans && (
        <p>
          <Link to={`/${lang}/work/chat/roster`}>{t("chatRoster.title")}</Link>
        </p>
      )}
      <p className="alert" id="duty-status" role="status">
        {dutyRegionNames.length ? t("chatWork.onDuty", { regions: dutyRegionNames.join(", ") }) : t("chatWork.offDuty")}
      </p>
      {error && (
        <p className="alert alert--error" role="alert">
          {error}
        </p>
      )}
      <section aria-labelledby="mine-heading">
        <h2 id="mine-heading">{t("chatWork.mine")}</h2>
        {active.length === 0 ? (
          <p>{t("chatWork.mineNone")}</p>
        ) : (
          <ul className="link-list" id="my-chats">
            {active.map((c) => (
              <li key={c.id}>
                <Link to={`/${lang}/work/chat/${c.id}`}>
                  {c.firstName || t("chat.line.citizen")} · {t(`language.${c.language}` as never)} ·{" "}
                  {c.topic === "other" ? t("chat.topic.other") : t(`topic.${c.topic}` as never)}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="queue-heading">
        <h2 id="queue-heading">{t("chatWork.queue")}</h2>
        {queue.length === 0 ? (
          <p>{t("chatWork.queueEmpty")}</p>
        ) : (
          <div className="table-wrap">
            <table className="data" id="chat-queue">
              <thead>
                <tr>
                  <th scope="col">{t("chatWork.col.waiting")}</th>
                  <th scope="col">{t("chat.language")}</th>
                  <th scope="col">{t("chat.topic")}</th>
                  <th scope="col">{t("chat.region")}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t("chatWork.take")}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {queue.map((q) => (
                  <tr key={q.id}>
                    <td>{formatDateTime(q.createdAt, lang)}</td>
                    <td>{t(`language.${q.language}` as never)}</td>
                    <td>{q.topic === "other" ? t("chat.topic.other") : t(`topic.${q.topic}` as never)}</td>
                    <td>{q.regionName}</td>
                    <td>
                      <Form method="post">
                        <input type="hidden" name="intent" value="take" />
                        <input type="hidden" name="chatId" value={q.id} />
                        <button type="submit" className="button button--secondary">
                          {t("chatWork.take")}
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
      {ended.length > 0 && (
        <section aria-labelledby="ended-heading">
          <h2 id="ended-heading">{t("chatWork.ended")}</h2>
          <ul className="link-list">
            {ended.map((c) => (
              <li key={c.id}>
                <Link to={`/${lang}/work/chat/${c.id}`}>
                  {c.firstName || t("chat.line.citizen")} · {formatDateTime(c.lastActivityAt, lang)}
                  {!c.endTopic && ` · ${t("chatWork.needsTopic")}`}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="shifts-heading">
        <h2 id="shifts-heading">{t("chatWork.shifts")}</h2>
        {shifts.length === 0 ? (
          <p>{t("chatWork.shiftsNone")}</p>
        ) : (
          <ul className="link-list" id="my-shifts">
            {shifts.map((s) => (
              <li key={s.id}>
                {formatDateTime(s.startsAt, lang)}–{formatDateTime(s.endsAt, lang)} · {s.regionName} · {localize(s.organizationName)}
                {s.swapRequested ? (
                  <> · {t("chatWork.swapPending")}</>
                ) : (
                  <details>
                    <summary>{t("chatWork.askSwap")}</summary>
                    <Form method="post" className="form narrow">
                      <input type="hidden" name="intent" value="swap" />
                      <input type="hidden" name="shiftId" value={s.id} />
                      <div className="field">
                        <label htmlFor={`swap-note-${s.id}`}>{t("chatWork.swapNote")}</label>
                        <input id={`swap-note-${s.id}`} name="note" maxLength={chatLimits.swapNote} />
                      </div>
                      <button type="submit" className="button button--secondary">
                        {t("chatWork.askSwap")}
                      </button>
                    </Form>
                  </details>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
