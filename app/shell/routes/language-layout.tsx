import { data, Form, isRouteErrorResponse, Link, NavLink, Outlet, redirect, useLocation, useRouteError, useRouteLoaderData } from "react-router";
import { getCurrentUser } from "~/kit/permissions/current-user.server";
import { unreadCount } from "~/notifications/queries.server";
import { errorMessage } from "~/kit/http/error-message";
import { PageFeedback } from "~/feedback/components";
import { isLanguage, languages } from "~/kit/i18n/languages";
import { isPageLanguage } from "~/kit/i18n/page-languages";
import { immigrantGuidanceAddress } from "~/content-pages/public.server";
import { useLanguage, useT } from "~/kit/i18n/use-i18n";
import type { Route } from "./+types/language-layout";
import { pageTitle } from "~/kit/page-title";
import { translator } from "~/kit/i18n/catalogue";
import { NotFoundPage } from "../not-found-page";

export async function loader({ params, request }: Route.LoaderArgs) {
  if (!isLanguage(params.lang)) {
    const guidance = await guidanceAt(params.lang, request);
    if (guidance) throw redirect(guidance);
    throw data(null, { status: 404 });
  }
  const user = await getCurrentUser(request);
  return { user: user ? { name: user.name, unread: await unreadCount(user.id) } : null };
}

/**
 * `/ru` (or `/uk`, `/ar`, `/so`) on its own leads to the immigrant guidance in that language when it
 * is published (issue 13); any other address under a prefix that is not an interface language is 404.
 */
async function guidanceAt(prefix: string | undefined, request: Request) {
  const bare = new URL(request.url).pathname.replace(/\/$/, "") === `/${prefix}`;
  return bare && isPageLanguage(prefix) ? immigrantGuidanceAddress(prefix) : null;
}

/** An error page below the layout still has a title (WCAG 2.4.2); pages without an error name their own. */
export const meta = ({ error, params }: Route.MetaArgs) =>
  error ? pageTitle(params.lang, translator(isLanguage(params.lang) ? params.lang : "fi")(isNotFound(error) ? "notFound.title" : "error.title")) : [];

const isNotFound = (error: unknown) => isRouteErrorResponse(error) && error.status === 404;

const languageNames = { fi: "Suomi", sv: "Svenska", en: "English" } as const;

export default function LanguageLayout({ loaderData }: Route.ComponentProps) {
  return (
    <Chrome user={loaderData.user}>
      <Outlet />
    </Chrome>
  );
}

/** Errors below the layout keep the header, navigation and language menu. */
export function ErrorBoundary() {
  const error = useRouteError();
  const t = useT();
  const layoutData = useRouteLoaderData<typeof loader>("shell/routes/language-layout");
  const message = errorMessage(error, t);
  if (isNotFound(error))
    return (
      <Chrome user={layoutData?.user ?? null} pageFeedback={false}>
        <NotFoundPage />
      </Chrome>
    );
  return (
    <Chrome user={layoutData?.user ?? null} pageFeedback={false}>
      <h1>{t("error.title")}</h1>
      <p role="alert">{message}</p>
    </Chrome>
  );
}

/** Public pages ask "did this page help?"; signed-in pages, the feedback form itself and error pages do not. */
const asksForFeedback = (rest: string) => !/^\/(work|feedback|sign-in|sign-out|invitations)(\/|$)/.test(rest);

function Chrome({ user, children, pageFeedback = true }: { user: { name: string; unread: number } | null; children: React.ReactNode; pageFeedback?: boolean }) {
  const lang = useLanguage();
  const t = useT();
  const { pathname, search } = useLocation();
  const rest = pathname.slice(3);
  return (
    <>
      <a className="skip-link" href="#main">
        {t("layout.skipToContent")}
      </a>
      {/* The Suomi.fi service navigation and language menu as disclosures (<details>), so that they
          work without JavaScript: on a phone a menu button and a language button in one row, on a wide
          screen the navigation always shown (styles.css, decision 0187). */}
      <header className="site-header">
        <div className="site-header__inner">
          <Link to={`/${lang}`} className="site-header__brand">
            <span className="site-header__name">{t("site.name")}</span>
            <span className="site-header__tagline">{t("site.tagline")}</span>
          </Link>
          <details className="language-menu">
            <summary>
              <span className="visually-hidden">{t("layout.languageMenu")}: </span>
              {languageNames[lang]} ({lang.toUpperCase()})
            </summary>
            <nav aria-label={t("layout.languageMenu")}>
              <ul>
                {languages.map((other) => (
                  <li key={other}>
                    <a href={`/${other}${rest}${search}`} hrefLang={other} lang={other} aria-current={other === lang ? "true" : undefined}>
                      {languageNames[other]} ({other.toUpperCase()})
                    </a>
                  </li>
                ))}
              </ul>
            </nav>
          </details>
          <details className="main-menu">
            <summary>{t("layout.menu")}</summary>
            <nav aria-label={t("layout.mainNavigation")} className="main-nav">
              <ul>
                <li>
                  <NavLink to={`/${lang}/paths`}>{t("paths.nav")}</NavLink>
                </li>
                <li>
                  <NavLink to={`/${lang}/guide`}>{t("guide.nav")}</NavLink>
                </li>
                <li>
                  <NavLink to={`/${lang}/search`}>{t("layout.nav.search")}</NavLink>
                </li>
                <li>
                  <NavLink to={`/${lang}/studying`}>{t("content.section.studying")}</NavLink>
                </li>
                <li>
                  <NavLink to={`/${lang}/financing`}>{t("content.section.financing")}</NavLink>
                </li>
                <li>
                  <NavLink to={`/${lang}/education`}>{t("offerings.nav")}</NavLink>
                </li>
                <li>
                  <NavLink to={`/${lang}/map`}>{t("layout.nav.map")}</NavLink>
                </li>
                <li>
                  <NavLink to={`/${lang}/coverage`}>{t("layout.nav.coverage")}</NavLink>
                </li>
                <li>
                  <NavLink to={`/${lang}/groups`}>{t("groups.nav")}</NavLink>
                </li>
                <li>
                  <NavLink to={`/${lang}/events`}>{t("events.nav")}</NavLink>
                </li>
                {user ? (
                  <>
                    <li>
                      <NavLink to={`/${lang}/work`}>{t("layout.nav.work")}</NavLink>
                    </li>
                    <li>
                      <NavLink to={`/${lang}/work/notifications`}>
                        {user.unread > 0 ? (
                          <>
                            <span aria-hidden="true">
                              {t("notifications.nav")} <span className="badge">{user.unread}</span>
                            </span>
                            <span className="visually-hidden">{t("notifications.navUnread", { count: user.unread })}</span>
                          </>
                        ) : (
                          t("notifications.nav")
                        )}
                      </NavLink>
                    </li>
                    <li>
                      <NavLink to={`/${lang}/work/account`}>{t("accounts.nav")}</NavLink>
                    </li>
                    <li>
                      <Form method="post" action={`/${lang}/sign-out`} className="inline-form">
                        <button type="submit" className="link-button">
                          {t("layout.nav.signOut")} ({user.name})
                        </button>
                      </Form>
                    </li>
                  </>
                ) : (
                  <li>
                    <NavLink to={`/${lang}/sign-in`}>{t("layout.nav.signIn")}</NavLink>
                  </li>
                )}
              </ul>
            </nav>
          </details>
        </div>
      </header>
      <main id="main" className="page" tabIndex={-1}>
        {children}
        {pageFeedback && asksForFeedback(rest) && <PageFeedback />}
      </main>
      <footer className="site-footer">
        <nav aria-label={t("content.footer.label")}>
          <ul>
            <li>
              <Link to={`/${lang}/projects`}>{t("nav.projects")}</Link>
            </li>
            <li>
              <Link to={`/${lang}/accessibility`}>{t("content.footer.accessibility")}</Link>
            </li>
          </ul>
        </nav>
        <p>{t("layout.footer")}</p>
      </footer>
    </>
  );
}
