import { data, Form, Link, NavLink, Outlet, useLocation, useRouteError, useRouteLoaderData } from "react-router";
import { getCurrentUser } from "~/accounts/current-user.server";
import { errorMessage } from "~/foundation/error-message";
import { translator } from "~/i18n/catalogue";
import { isLanguage, languages } from "~/i18n/languages";
import { useLanguage, useT } from "~/i18n/use-i18n";
import type { Route } from "./+types/language-layout";

export async function loader({ params, request }: Route.LoaderArgs) {
  if (!isLanguage(params.lang)) throw data(null, { status: 404 });
  const user = await getCurrentUser(request);
  return { user: user ? { name: user.name } : null };
}

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
  const layoutData = useRouteLoaderData<typeof loader>("foundation/routes/language-layout");
  const message = errorMessage(error, t);
  return (
    <Chrome user={layoutData?.user ?? null}>
      <h1>{t("error.title")}</h1>
      <p role="alert">{message}</p>
    </Chrome>
  );
}

function Chrome({ user, children }: { user: { name: string } | null; children: React.ReactNode }) {
  const lang = useLanguage();
  const t = useT();
  const { pathname, search } = useLocation();
  const rest = pathname.slice(3);
  return (
    <>
      <a className="skip-link" href="#main">
        {t("layout.skipToContent")}
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <Link to={`/${lang}`} className="site-header__brand">
            <span className="site-header__name">{t("site.name")}</span>
            <span className="site-header__tagline">{t("site.tagline")}</span>
          </Link>
          <nav aria-label={t("layout.languageMenu")} className="language-menu">
            <ul>
              {languages.map((other) => (
                <li key={other}>
                  <a
                    href={`/${other}${rest}${search}`}
                    hrefLang={other}
                    lang={other}
                    aria-current={other === lang ? "true" : undefined}
                  >
                    {languageNames[other]}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        </div>
        <nav aria-label={t("layout.mainNavigation")} className="main-nav">
          <ul>
            <li>
              <NavLink to={`/${lang}/search`}>{t("layout.nav.search")}</NavLink>
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
            {user ? (
              <>
                <li>
                  <NavLink to={`/${lang}/work`}>{t("layout.nav.work")}</NavLink>
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
      </header>
      <main id="main" className="page" tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">
        <p>{t("layout.footer")}</p>
      </footer>
    </>
  );
}

/** Page title for a route's meta function: "Page – Elo", with the site's description for search engines. */
export function pageTitle(lang: string | undefined, title: string) {
  const t = translator(isLanguage(lang) ? lang : "fi");
  return [{ title: `${title} – ${t("site.name")}` }, { name: "description", content: t("site.description") }];
}
