import { config } from "~/kit/config.server";
import { robotsTxt } from "../sitemap";

export const loader = () => new Response(robotsTxt(config.publicUrl), { headers: { "Content-Type": "text/plain; charset=utf-8" } });
