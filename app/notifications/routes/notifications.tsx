import { Form, Link, redirect, useSearchParams } from "react-router";
import { requireUser } from "~/kit/permissions/current-user.server";
import { formatDateTime } from "~/kit/format";
import { pageTitle } from "~/kit/page-title";
import { translator } from "~/kit/i18n/catalogue";
import { useLanguage, useT } from "~/kit/i18n/use-i18n";
import { text } from "~/kit/forms/form-data";
import { languageOf } from "~/kit/i18n/languages";
import { commandFailure, requireId } from "~/kit/http/respond.server";
import { markAllRead, markRead } from "../commands/mark-read.server";
import { isDoneReason, localizedLink, notificationText } from "../notification";
import { notificationsOf } from "../queries.server";
import type { Route } from "./+types/notifications";

export async function loader({ request, params }: Route.LoaderArgs) {
  const lang = languageOf(params);
  const user = await requireUser(request, lang);
  const t = translator(lang);
  const rows = await notificationsOf(user.id);
  // The text is made here, in the reader's language, from the stored key and values.
  return {
    notifications: rows.map((n) => ({
      id: n.id,
      text: notificationText(t, lang, n.messageKey, n.values),
      link: localizedLink(lang, n.link),
      createdAt: n.createdAt,
      read: n.readAt !== null,
      done: n.doneAt && isDoneReason(n.doneReason) ? { at: n.doneAt, reason: t(`notifications.done.${n.doneReason}`) } : null,
    })),
  };
}

export async function action({ request, params }: Route.ActionArgs) {
  const lang = languageOf(params);
  const user = await requireUser(request, lang);
  const form = await request.formData();
  try {
    if (text(form, "intent") === "readAll") await markAllRead(user);
    else await markRead(user, requireId(text(form, "id"), lang));
  } catch (error) {
    return commandFailure(error, lang, null);
  }
  return redirect(`/${lang}/work/notifications?notice=read`, { status: 303 });
}

export const meta = ({ params }: Route.MetaArgs) => pageTitle(params.lang, translator(languageOf(params))("notifications.title"));

export default function NotificationsPage({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const lang = useLanguage();
  const [search] = useSearchParams();
  const unread = loaderData.notifications.filter((n) => !n.read).length;
  return (
    <>
      <h1>{t("notifications.title")}</h1>
      {search.get("notice") === "read" && (
        <p role="status" className="alert alert--success">
          {t("notifications.markedRead")}
        </p>
      )}
      <p>{t("notifications.unreadCount", { count: unread })}</p>
      {unread > 0 && (
        <Form method="post">
          <input type="hidden" name="intent" value="readAll" />
          <button type="submit" className="button button--secondary">
            {t("notifications.markAllRead")}
          </button>
        </Form>
      )}
      {loaderData.notifications.length === 0 ? (
        <p>{t("notifications.none")}</p>
      ) : (
        <ul className="notification-list">
          {loaderData.notifications.map((n) => (
            <li key={n.id} className={`card notification${n.read ? "" : " notification--unread"}${n.done ? " notification--done" : ""}`}>
              <p>
                {!n.read && <strong>{t("notifications.new")}: </strong>}
                {n.link ? <Link to={n.link}>{n.text}</Link> : n.text}
              </p>
              {n.done && (
                <p>
                  <strong>{t("notifications.doneLabel")}: </strong>
                  {t("notifications.doneAt", { reason: n.done.reason, at: formatDateTime(n.done.at, lang) })}
                </p>
              )}
              <p className="field__hint">{formatDateTime(n.createdAt, lang)}</p>
              {!n.read && (
                <Form method="post">
                  <input type="hidden" name="intent" value="read" />
                  <input type="hidden" name="id" value={n.id} />
                  <button type="submit" className="button button--secondary" aria-label={t("notifications.markReadOf", { text: n.text })}>
                    {t("notifications.markRead")}
                  </button>
                </Form>
              )}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
