import { auth } from "~/accounts/auth.server";
import type { Route } from "./+types/auth-api";

export const loader = ({ request }: Route.LoaderArgs) => auth().handler(request);
export const action = ({ request }: Route.ActionArgs) => auth().handler(request);
