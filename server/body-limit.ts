import type { Request, RequestHandler, Response } from "express";
import { plainErrorPage } from "../app/kit/http/bad-address.ts";
import { translator } from "../app/kit/i18n/catalogue.ts";
import { isLanguage } from "../app/kit/i18n/languages.ts";
import { bodyKindOf, bodyLimits } from "../app/shell/http/body-limits.ts";

/** 413 in the address's language: a page, or JSON `{ error }` for the API; the connection closes so the rest is never read. */
function refuse(req: Request, res: Response): void {
  res.status(413).set("Connection", "close");
  if (bodyKindOf(req.path) === "api") {
    const lang = req.query.lang;
    res.json({ error: translator(typeof lang === "string" && isLanguage(lang) ? lang : "fi")("error.tooLarge") });
  } else res.type("html").send(plainErrorPage(req.originalUrl, "error.tooLarge"));
}

/**
 * Bounds every request body by its kind (form, upload, import, API) before React Router reads it:
 * a body that announces more than its limit is refused at once, unread; one sent without a length
 * (chunked) is counted as it arrives and refused at the limit, without reading further. React
 * Router's Express adapter reads the request stream itself, so the count sits where the HTTP parser
 * hands the stream its bytes (`push`), which works whichever way the stream is then read.
 */
export function limitRequestBodies(): RequestHandler {
  return (req, res, next) => {
    if (req.method === "GET" || req.method === "HEAD") return next();
    const limit = bodyLimits[bodyKindOf(req.path)];
    const declared = req.headers["content-length"];
    if (declared !== undefined && Number(declared) > limit) return refuse(req, res);
    let received = 0;
    const push = req.push.bind(req);
    req.push = (chunk: unknown, encoding?: BufferEncoding) => {
      if (chunk !== null && (chunk as Buffer).length !== undefined) {
        received += (chunk as Buffer).length;
        if (received > limit) {
          if (!res.headersSent) {
            refuse(req, res);
            // The reader must fail, not take the bytes so far as the whole form; once the 413 is out.
            res.once("finish", () => req.destroy(new Error("Request body over its limit")));
          }
          // Nothing more reaches the reader; returning false stops the socket's reading.
          return false;
        }
      }
      return push(chunk, encoding);
    };
    next();
  };
}
