import { Links, Meta, Outlet, Scripts, ScrollRestoration, useLocation, useMatches, useParams, useRouteLoaderData } from "react-router";
import type { Route } from "./+types/root";
import { translator } from "./kit/i18n/catalogue";
import { isLanguage, languages, languageOf } from "./kit/i18n/languages";
import { designTokenCss } from "./kit/design-tokens";
import { errorMessage } from "./kit/http/error-message";
import { useCspNonce } from "./kit/http/csp-nonce";
import { hydrates, islandsOf } from "./kit/islands/page-scripts";
import { islandSource } from "./kit/islands/island-source";
import { isUnindexedPath } from "./shell/http/robots";
import { config } from "./kit/config.server";
// Inlined into every page rather than linked: the stylesheet is small, and a linked one blocks the
// first paint for a round trip (Lighthouse, decision 0140).
import styles from "./styles.css?inline";

/** The site's public address, for the absolute alternate-language links search engines want. */
export const loader = () => ({ publicUrl: config.publicUrl });
export const shouldRevalidate = () => false;

export const links: Route.LinksFunction = () => [{ rel: "icon", href: "/favicon.svg", type: "image/svg+xml" }];

export function Layout({ children }: { children: React.ReactNode }) {
  const params = useParams();
  const lang = languageOf(params);
  const { pathname, search } = useLocation();
  const rest = isLanguage(params.lang) ? pathname.slice(3) : "";
  // Language alternates are absolute URLs, as search engines require. A page whose language
  // versions are not simply /fi, /sv and /en (handle.languageAlternates === false) names its own.
  const publicUrl = useRouteLoaderData<typeof loader>("root")?.publicUrl ?? "";
  const matches = useMatches();
  const ownAlternates = matches.some((m) => (m.handle as { languageAlternates?: boolean } | undefined)?.languageAlternates === false);
  // A page is plain HTML (no scripts, no module preloads) unless a route asks for the client app
  // (`handle.hydrate`, the work pages) or names islands (`handle.islands`), decision 0187.
  const handles = matches.map((match) => match.handle);
  const hydrate = hydrates(handles);
  const islands = islandsOf(handles).flatMap((name) => islandSource(name) ?? []);
  // Every inline script carries this response's nonce (the Content-Security-Policy, decision 0179).
  const nonce = useCspNonce();
  return (
    <html lang={lang}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        {isUnindexedPath(pathname) && <meta name="robots" content="noindex" />}
        <style dangerouslySetInnerHTML={{ __html: designTokenCss }} />
        <style dangerouslySetInnerHTML={{ __html: styles }} />
        {isLanguage(params.lang) &&
          !ownAlternates &&
          languages.map((other) => <link key={other} rel="alternate" hrefLang={other} href={`${publicUrl}/${other}${rest}${search}`} />)}
        <Meta />
        <Links />
      </head>
      <body>
        {children}
        {hydrate && (
          <>
            <ScrollRestoration nonce={nonce} />
            <Scripts nonce={nonce} />
          </>
        )}
        {islands.map((src) => (
          <script key={src} type="module" src={src} nonce={nonce} />
        ))}
      </body>
    </html>
  );
}

export default function App() {
  return <Outlet />;
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  const params = useParams();
  const t = translator(languageOf(params));
  const message = errorMessage(error, t);
  return (
    <main id="main" className="page">
      <h1>{t("error.title")}</h1>
      <p>{message}</p>
      <p>
        <a href={`/${languageOf(params)}`}>{t("error.backHome")}</a>
      </p>
    </main>
  );
}
