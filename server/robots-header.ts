import type { RequestHandler } from "express";
import { isUnindexedPath } from "../app/shell/http/robots.ts";

/** `X-Robots-Tag: noindex` on pages about a person and on the work pages, whatever answers them. */
export function robotsHeader(): RequestHandler {
  return (req, res, next) => {
    if (isUnindexedPath(req.path)) res.setHeader("X-Robots-Tag", "noindex");
    next();
  };
}
