import { Outlet } from "react-router";
import { loadMessages } from "~/kit/i18n/client-catalogue";
import type { Route } from "./+types/work-layout";

/**
 * The signed-in work pages share this layout so that a client-side navigation into them from a
 * public page first loads the messages only they use (decision 0150). On a full page load the
 * browser entry loads them before hydration. On the server the full catalogue is always there.
 */
// A server loader, so that the page is rendered on the server (a route with only a client loader
// would be rendered in the browser, and not at all without JavaScript).
export const loader = () => null;

// The work pages are the app's interactive part: they load the client app; public pages do not (decision 0187).
export const handle = { hydrate: true };

export async function clientLoader({ params }: Route.ClientLoaderArgs) {
  await loadMessages(params.lang ?? "", { work: true });
  return null;
}

export default function WorkLayout() {
  return <Outlet />;
}
