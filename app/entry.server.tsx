// The message catalogue and the signed-in user's reader, installed into the kit.
import "./shell/install.server";
import { PassThrough } from "node:stream";
import { createReadableStreamFromReadable } from "@react-router/node";
import { renderToPipeableStream } from "react-dom/server";
import type { AppLoadContext, EntryContext } from "react-router";
import { ServerRouter } from "react-router";
import { ServerStyleSheet } from "styled-components";
import { CspNonceContext } from "./kit/http/csp-nonce";
import { retryAfterSeconds } from "./kit/db/unavailable";
import { config } from "./kit/config.server";
import { cachePage } from "./shell/http/shared-cache.server";

export const streamTimeout = 10_000;

/**
 * Renders the whole page before sending it: styled-components (used by suomifi-ui-components)
 * can only collect its styles once everything has rendered, and a complete page also serves
 * visitors without JavaScript best.
 */
export default function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  routerContext: EntryContext,
  loadContext: AppLoadContext,
) {
  const nonce = loadContext.cspNonce;
  return new Promise<Response>((resolve, reject) => {
    const sheet = new ServerStyleSheet();
    let statusCode = responseStatusCode;
    // React may report an error after the page is ready (or the other way round when a slow render
    // is aborted); whatever comes second must neither touch the sealed style sheet nor throw.
    let settled = false;
    const fail = (error: unknown) => {
      if (settled) return;
      settled = true;
      sheet.seal();
      reject(error);
    };
    const page = (
      <CspNonceContext value={nonce}>
        <ServerRouter context={routerContext} url={request.url} nonce={nonce} />
      </CspNonceContext>
    );
    const { pipe, abort } = renderToPipeableStream(sheet.collectStyles(page), {
      nonce,
      onAllReady() {
        if (settled) return;
        const chunks: Buffer[] = [];
        const collector = new PassThrough();
        collector.on("data", (chunk: Buffer) => chunks.push(chunk));
        collector.on("error", fail);
        collector.on("end", () => {
          if (settled) return;
          try {
            const html = Buffer.concat(chunks).toString("utf8").replace("</head>", `${sheet.getStyleTags()}</head>`);
            // Before settling: a bad cache setting fails this page with a 500 rather than leave it hanging.
            const { notModified } = cachePage(
              {
                method: request.method,
                pathname: new URL(request.url).pathname,
                status: statusCode,
                requestHeaders: request.headers,
                responseHeaders,
                body: html,
                nonce,
              },
              { sharedSeconds: config.sharedCacheSeconds, staleWhileRevalidateSeconds: config.staleWhileRevalidateSeconds },
            );
            settled = true;
            sheet.seal();
            responseHeaders.set("Content-Type", "text/html; charset=utf-8");
            if (statusCode === 503 && !responseHeaders.has("Retry-After")) responseHeaders.set("Retry-After", String(retryAfterSeconds));
            if (notModified) {
              resolve(new Response(null, { headers: responseHeaders, status: 304 }));
              return;
            }
            const body = new PassThrough();
            resolve(
              new Response(createReadableStreamFromReadable(body), {
                headers: responseHeaders,
                status: statusCode,
              }),
            );
            body.end(html);
          } catch (error) {
            fail(error);
          }
        });
        pipe(collector);
      },
      onShellError: fail,
      onError(error: unknown) {
        statusCode = 500;
        console.error(error);
      },
    });
    const timer = setTimeout(abort, streamTimeout + 1000);
    timer.unref();
  });
}
