import { redirect } from "react-router";
import { auth } from "~/accounts/auth.server";
import type { Route } from "./+types/sign-out";

export async function action({ request, params }: Route.ActionArgs) {
  const response = await auth().api.signOut({ headers: request.headers, asResponse: true });
  const headers = new Headers();
  for (const cookie of response.headers.getSetCookie()) headers.append("Set-Cookie", cookie);
  return redirect(`/${params.lang}`, { headers });
}

export const loader = ({ params }: Route.LoaderArgs) => redirect(`/${params.lang}`);
