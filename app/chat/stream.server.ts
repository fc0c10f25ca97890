import { listening, subscribe } from "./live.server";

/** What a stream's reader sends: an event with a JSON payload, numbered when it is a message. */
export type Emit = (event: string, payload: unknown, id?: number) => void;

/** Seconds between keep-alive comments, which also keep proxies from closing an idle stream. */
const keepAliveSeconds = 15;
/** While this instance has no LISTEN connection, streams read this often instead of waiting to be woken. */
const fallbackPollSeconds = 3;

/**
 * A server-sent event stream (decision 0204): `read` runs once at the start and again whenever one
 * of the topics is announced, never twice at once (a wake during a read runs it once more after).
 * `read` tracks what it has sent (by sequence number), so waking it too often costs a query and
 * nothing else. Closes when the browser goes away.
 */
export function eventStream(signal: AbortSignal, topicNames: readonly string[], read: (emit: Emit) => Promise<void>): Response {
  const encoder = new TextEncoder();
  let cleanup = () => {};
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      let closed = false;
      let running = false;
      let again = false;
      const write = (text: string) => {
        if (!closed) controller.enqueue(encoder.encode(text));
      };
      const emit: Emit = (event, payload, id) => write(`${id === undefined ? "" : `id: ${id}\n`}event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`);
      const wake = () => {
        if (closed) return;
        if (running) {
          again = true;
          return;
        }
        running = true;
        void (async () => {
          do {
            again = false;
            try {
              await read(emit);
            } catch (error) {
              console.error("Chat stream read failed:", error);
            }
          } while (again && !closed);
          running = false;
        })();
      };
      const unsubscribe = subscribe(topicNames, wake);
      let ticks = 0;
      const timer = setInterval(() => {
        ticks += 1;
        if (!listening()) wake();
        if ((ticks * fallbackPollSeconds) % keepAliveSeconds < fallbackPollSeconds) write(": keep-alive\n\n");
      }, fallbackPollSeconds * 1000);
      cleanup = () => {
        if (closed) return;
        closed = true;
        clearInterval(timer);
        unsubscribe();
        try {
          controller.close();
        } catch {
          // already closed by the browser going away
        }
      };
      signal.addEventListener("abort", () => cleanup());
      // Reconnect quickly after a dropped connection (another instance answers).
      write("retry: 1000\n\n");
      wake();
    },
    cancel() {
      cleanup();
    },
  });
  return new Response(body, {
    headers: {
      "Content-Type": "text/event-stream; charset=utf-8",
      // no-transform: the compression middleware would otherwise hold the events back.
      "Cache-Control": "no-store, no-transform",
      "X-Accel-Buffering": "no",
      Connection: "keep-alive",
    },
  });
}

/** The last sequence number the browser saw: EventSource's Last-Event-ID on a reconnect, else `?after=`. */
export function lastSeen(request: Request): number {
  const raw = request.headers.get("Last-Event-ID") ?? new URL(request.url).searchParams.get("after") ?? "0";
  const n = Number(raw);
  return Number.isInteger(n) && n >= 0 && n < 1_000_000 ? n : 0;
}
