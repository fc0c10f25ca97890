import http from "node:http";
import { describe, expect, it } from "vitest";
import { anAccount, anOrganization } from "../support/fixtures";
import { appUrl } from "../support/browser";
import { signIn } from "../support/http";
import { bodyLimits } from "../../app/shell/http/body-limits";

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/**
 * Posts a body of `total` bytes. Announced (Content-Length), only the headers go out: the server
 * must answer from the length alone, without the body. Unannounced (chunked), it goes in 64 KiB
 * chunks until the server answers, which it must do before it has the whole body.
 */
function post(path: string, total: number, options: { announce: boolean; cookie?: string; contentType?: string }): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const chunk = Buffer.alloc(64 * 1024, "a");
    let answered = false;
    const request = http.request(appUrl(path), {
      method: "POST",
      headers: {
        "content-type": options.contentType ?? "application/x-www-form-urlencoded",
        origin: appUrl(),
        ...(options.announce ? { "content-length": String(total) } : {}),
        ...(options.cookie ? { cookie: options.cookie } : {}),
      },
    });
    request.on("response", (response) => {
      answered = true;
      let body = "";
      response.setEncoding("utf8");
      response.on("data", (d: string) => (body += d));
      response.on("end", () => resolve({ status: response.statusCode!, headers: response.headers, body }));
      response.on("error", reject);
    });
    // The server closes the connection on a refused body; writing on after that fails, as it should.
    request.on("error", (error) => {
      if (!answered) reject(error);
    });
    if (options.announce) return void request.flushHeaders();
    let sent = 0;
    const send = () => {
      while (!answered && sent < total) {
        const part = chunk.subarray(0, Math.min(chunk.length, total - sent));
        sent += part.length;
        if (!request.write(part)) return void request.once("drain", send);
      }
      if (!answered) request.end();
    };
    send();
  });
}

describe("request bodies are bounded before they are read", { timeout: 60_000 }, () => {
  it("refuses an oversized sign-in post by its length at once, in the page's language, and keeps serving", async () => {
    // Six at once, as in the finding, each announcing 450 MB.
    const answers = await Promise.all(Array.from({ length: 6 }, () => post("/sv/sign-in", 450_000_000, { announce: true })));
    for (const answer of answers) {
      expect(answer.status).toBe(413);
      expect(answer.headers["content-type"]).toContain("text/html");
      expect(answer.body).toContain('lang="sv"');
      expect(answer.body).toContain("De skickade uppgifterna är för stora.");
    }
    expect((await fetch(appUrl("/fi"))).status).toBe(200);
  });

  it("counts a sign-in post sent without a length and stops at the form limit", async () => {
    const answer = await post("/fi/sign-in", 3 * 1024 * 1024, { announce: false });
    expect(answer.status).toBe(413);
    expect(answer.body).toContain("Lähetetty tieto on liian suuri.");
    expect((await fetch(appUrl("/fi"))).status).toBe(200);
  });

  it("counts an import upload sent without a length and stops at the import limit", async () => {
    const org = await anOrganization();
    const cookie = await signIn(await anAccount({ role: "contact_person", organizationId: org.id }));
    const answer = await post("/en/work/import", bodyLimits.import + 2 * 1024 * 1024, {
      announce: false,
      cookie,
      contentType: "multipart/form-data; boundary=x",
    });
    expect(answer.status).toBe(413);
    expect(answer.body).toContain("What you sent is too large.");
  });

  it("answers the API in JSON", async () => {
    const answer = await post("/api/auth/sign-in/email", 1024 * 1024, { announce: true, contentType: "application/json" });
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body)).toEqual({ error: "Lähetetty tieto on liian suuri. Lyhennä tekstiä tai valitse pienempi tiedosto." });
  });

  it("lets a normal form through", async () => {
    const org = await anOrganization();
    const account = await anAccount({ role: "contact_person", organizationId: org.id });
    expect(await signIn(account)).toContain("=");
    // A form as large as the largest legitimate one (the minutes) is not refused by its size.
    const large = await post("/fi/sign-in", 1024 * 1024, { announce: false });
    expect(large.status).not.toBe(413);
  });
});
