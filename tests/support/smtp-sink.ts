import { SMTPServer } from "smtp-server";
import { afterAll, afterEach, beforeAll } from "vitest";
import { freePort } from "./free-port";

export interface CapturedMail {
  envelopeTo: string[];
  headers: Record<string, string>;
  subject: string;
  text: string;
}

function decodeQuotedPrintable(value: string): string {
  const bytes: number[] = [];
  const soft = value.replace(/=\r?\n/g, "");
  for (let i = 0; i < soft.length; i++) {
    if (soft[i] === "=" && /^[0-9A-F]{2}$/i.test(soft.slice(i + 1, i + 3))) {
      bytes.push(parseInt(soft.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(...Buffer.from(soft[i], "utf8"));
  }
  return Buffer.from(bytes).toString("utf8");
}

/** RFC 2047 encoded words, as nodemailer writes non-ASCII subjects. */
function decodeWords(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, "?==?")
    .replace(/=\?utf-8\?([QB])\?([^?]*)\?=/gi, (_, kind: string, text: string) =>
      kind.toUpperCase() === "B" ? Buffer.from(text, "base64").toString("utf8") : decodeQuotedPrintable(text.replace(/_/g, " ")),
    );
}

function parse(raw: string, envelopeTo: string[]): CapturedMail {
  const split = raw.indexOf("\r\n\r\n");
  const headerText = raw.slice(0, split).replace(/\r\n[ \t]+/g, " ");
  const headers: Record<string, string> = {};
  for (const line of headerText.split("\r\n")) {
    const colon = line.indexOf(":");
    headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  let body = raw.slice(split + 4);
  const encoding = headers["content-transfer-encoding"]?.toLowerCase();
  if (encoding === "quoted-printable") body = decodeQuotedPrintable(body);
  else if (encoding === "base64") body = Buffer.from(body.replace(/\s/g, ""), "base64").toString("utf8");
  return { envelopeTo, headers, subject: decodeWords(headers.subject ?? ""), text: body.replace(/\r\n/g, "\n").replace(/\n$/, "") };
}

/** A real SMTP server on a free loopback port that keeps every message it receives. */
export async function startSmtpSink(): Promise<{ url: string; mails: CapturedMail[]; rejectNext: (count: number) => void; stop: () => Promise<void> }> {
  const mails: CapturedMail[] = [];
  let rejections = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        if (rejections > 0) {
          rejections--;
          // A temporary failure, as a busy mail server answers.
          return callback(Object.assign(new Error("Try again later"), { responseCode: 451 }));
        }
        mails.push(
          parse(
            Buffer.concat(chunks).toString("utf8"),
            session.envelope.rcptTo.map((r) => r.address),
          ),
        );
        callback();
      });
    },
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", () => resolve()));
  return {
    url: `smtp://127.0.0.1:${port}`,
    mails,
    /** Refuses the next `count` messages with a temporary error. */
    rejectNext: (count: number) => {
      rejections = count;
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * A sink for a whole test file: started before its tests and stopped after them, with SMTP_URL
 * unset after each test (a test that wants mail sent sets it to the sink's url).
 */
export function smtpSinkForTests(): { readonly url: string; readonly mails: CapturedMail[]; rejectNext(count: number): void } {
  let sink: Awaited<ReturnType<typeof startSmtpSink>>;
  beforeAll(async () => {
    sink = await startSmtpSink();
  });
  afterAll(async () => {
    await sink?.stop();
  });
  afterEach(() => {
    delete process.env.SMTP_URL;
  });
  return {
    get url() {
      return sink.url;
    },
    get mails() {
      return sink.mails;
    },
    rejectNext(count: number) {
      sink.rejectNext(count);
    },
  };
}
