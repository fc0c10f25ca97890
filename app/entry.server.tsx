import { PassThrough } from "node:stream";
import { createReadableStreamFromReadable } from "@react-router/node";
import { renderToPipeableStream } from "react-dom/server";
import type { EntryContext } from "react-router";
import { ServerRouter } from "react-router";
import { ServerStyleSheet } from "styled-components";

export const streamTimeout = 5_000;

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
) {
  return new Promise<Response>((resolve, reject) => {
    const sheet = new ServerStyleSheet();
    let statusCode = responseStatusCode;
    const { pipe, abort } = renderToPipeableStream(
      sheet.collectStyles(<ServerRouter context={routerContext} url={request.url} />),
      {
        onAllReady() {
          const chunks: Buffer[] = [];
          const collector = new PassThrough();
          collector.on("data", (chunk: Buffer) => chunks.push(chunk));
          collector.on("end", () => {
            const html = Buffer.concat(chunks).toString("utf8").replace("</head>", `${sheet.getStyleTags()}</head>`);
            sheet.seal();
            const body = new PassThrough();
            responseHeaders.set("Content-Type", "text/html; charset=utf-8");
            resolve(
              new Response(createReadableStreamFromReadable(body) as unknown as BodyInit, {
                headers: responseHeaders,
                status: statusCode,
              }),
            );
            body.end(html);
          });
          pipe(collector);
        },
        onShellError(error: unknown) {
          sheet.seal();
          reject(error);
        },
        onError(error: unknown) {
          statusCode = 500;
          console.error(error);
        },
      },
    );
    setTimeout(abort, streamTimeout + 1000);
  });
}
