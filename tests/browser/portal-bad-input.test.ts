import { describe, expect, it } from "vitest";
import { get } from "../support/http";

/**
 * Bad query parameters and addresses of the public portal: each is answered with 400 or 404 and a
 * message in the page's language, never with a server error. Table-driven so that a new parameter
 * gets its row.
 */
const long = "a".repeat(5000);

const notFound = "Sivua ei löytynyt";
const cases: { url: string; status: 400 | 404; message?: string }[] = [
  // The education offering search.
  { url: "/fi/education?sort=x", status: 400, message: "Hakuehto ”järjestys” ei kelpaa." },
  { url: "/fi/education?sort=name&sort=x", status: 400, message: "”järjestys”" },
  { url: "/fi/education?page=-1", status: 400, message: "”sivu”" },
  { url: "/fi/education?page=abc", status: 400, message: "”sivu”" },
  { url: "/fi/education?page=0", status: 400, message: "”sivu”" },
  { url: "/fi/education?page=1.5", status: 400, message: "”sivu”" },
  { url: "/fi/education?page=99999999999", status: 400, message: "”sivu”" },
  { url: "/fi/education?page=1&page=2", status: 400, message: "”sivu”" },
  { url: "/fi/education?municipality=kunta_999x", status: 400, message: "”kunta”" },
  { url: "/fi/education?municipality=kunta_999", status: 400, message: "”kunta”" },
  { url: "/fi/education?region=maakunta_1", status: 400, message: "”maakunta”" },
  { url: "/fi/education?region=maakunta_99", status: 400, message: "”maakunta”" },
  { url: "/fi/education?type=astronaut", status: 400, message: "”koulutustyyppi”" },
  { url: "/fi/education?field=x", status: 400, message: "”koulutusala”" },
  { url: "/fi/education?language=klingon", status: 400, message: "”opetuskieli”" },
  { url: "/fi/education?method=telepathy", status: 400, message: "”opetustapa”" },
  { url: "/fi/education?funding=lottery", status: 400, message: "”rahoitus”" },
  { url: "/fi/education?group=x", status: 400, message: "”kohderyhmä”" },
  { url: "/fi/education?open=yes", status: 400, message: "”haku käynnissä nyt”" },
  { url: "/fi/education?open=1&open=0", status: 400, message: "”haku käynnissä nyt”" },
  { url: `/fi/education?q=${long}`, status: 400, message: "”hakusana”" },
  { url: "/fi/education?q=a&q=b", status: 400, message: "”hakusana”" },
  { url: "/sv/education?sort=x", status: 400, message: "Sökvillkoret" },
  { url: "/en/education?page=abc", status: 400, message: "The search parameter “page” is not valid." },
  { url: "/fi/education/not-an-id", status: 404, message: notFound },
  { url: "/fi/education/00000000-0000-4000-8000-000000000000", status: 404, message: notFound },
  { url: "/fi/education/%ZZ", status: 400, message: "Pyyntö oli virheellinen." },
  // Life-situation paths.
  { url: "/fi/paths/astronauts", status: 404, message: notFound },
  { url: "/fi/paths/..%2f", status: 404 },
  { url: "/fi/paths/..%2f..%2fwork", status: 404 },
  { url: "/fi/paths/%ZZ", status: 400, message: "Pyyntö oli virheellinen." },
  { url: "/fi/paths/__proto__", status: 404, message: notFound },
  { url: "/fi/paths/companies/ru", status: 404, message: notFound },
  { url: "/fi/paths/immigrants?municipality=kunta_999", status: 400, message: "Valinta ”kunta” ei kelpaa." },
  { url: "/fi/paths/immigrants?municipality=kunta_999x", status: 400, message: "”kunta”" },
  { url: "/fi/paths/immigrants?municipality=kunta_091&municipality=kunta_049", status: 400, message: "”kunta”" },
  { url: "/fi/paths/immigrants?language=klingon", status: 400, message: "”kieli”" },
  { url: `/fi/paths/immigrants?language=${long}`, status: 400, message: "”kieli”" },
  { url: "/fi/paths/immigrants/ru?language=klingon", status: 400, message: "”kieli”" },
  { url: "/en/paths/job-seekers?municipality=x", status: 400, message: "“municipality” is not valid" },
  // The guided search.
  { url: "/fi/guide?situation=astronauts", status: 400, message: "”tilanne”" },
  { url: "/fi/guide?goal=x", status: 400, message: "”tavoite”" },
  { url: "/fi/guide?channel=pigeon", status: 400, message: "”asiointitapa”" },
  { url: "/fi/guide/results?situation=astronauts", status: 400, message: "”tilanne”" },
  { url: "/fi/guide/results?goal=x&goal=y", status: 400, message: "”tavoite”" },
  { url: "/fi/guide/results?municipality=kunta_999", status: 400, message: "”kunta”" },
  { url: "/fi/guide/results?channel=pigeon", status: 400, message: "”asiointitapa”" },
  // Feedback.
  { url: "/fi/feedback?kind=x", status: 400, message: "Palautteen aihe ei kelpaa." },
  { url: "/fi/feedback?page=https://example.com/", status: 400, message: "Sivun osoite ei kelpaa." },
  { url: `/fi/feedback?page=/fi/${long}`, status: 400, message: "Sivun osoite ei kelpaa." },
  { url: "/fi/feedback?sent=x", status: 400, message: "Palautteen aihe ei kelpaa." },
  // Content pages.
  { url: "/fi/pages/%ZZ", status: 400, message: "Pyyntö oli virheellinen." },
  { url: "/sv/pages/%ZZ", status: 400, message: "Begäran var felaktig." },
  { url: "/fi/pages/Not_A_Slug", status: 404, message: notFound },
  { url: "/fi/pages/no-such-page", status: 404, message: notFound },
  { url: `/fi/pages/${long}`, status: 404, message: notFound },
  { url: "/fi/pages/..%2f..%2fwork", status: 404 },
  // Sitemap files and unknown languages.
  { url: "/sitemaps/x.xml", status: 404 },
  { url: "/sitemaps/offerings-0.xml", status: 404 },
  { url: "/sitemaps/offerings-99999.xml", status: 404 },
  { url: "/sitemaps/%ZZ", status: 400, message: "Pyyntö oli virheellinen." },
  { url: "/xx/education", status: 404 },
  // The guidance search the paths and the guide lead to.
  { url: "/fi/search?page=abc", status: 400 },
  { url: "/fi/search?municipality=kunta_999x", status: 400 },
  { url: `/fi/search?q=${long}`, status: 400 },
];

describe("bad input on the public portal's addresses and query parameters", { timeout: 120_000 }, () => {
  it.each(cases)("$url answers $status", async ({ url, status, message }) => {
    const response = await get(url);
    const body = await response.text();
    expect(response.status, `${url}: ${body.slice(0, 300)}`).toBe(status);
    if (message) expect(body).toContain(message);
  });

  it("never answers with a server error, whatever the parameters", async () => {
    const pages = [
      "/fi/education",
      "/fi/paths/immigrants",
      "/fi/paths/immigrants/ru",
      "/fi/guide",
      "/fi/guide/results",
      "/fi/feedback",
      "/fi/studying",
      "/fi/financing",
      "/fi/accessibility",
      "/fi/paths",
      "/fi/search",
      "/fi/map",
      "/fi/coverage",
      "/fi/education/compare",
      "/fi",
    ];
    const params = ["%ZZ=1", "q=%ZZ", "page=%00", "sort[]=x", "municipality=%F0%9F%92%A9", "language=<script>", `x=${long}`, "kind=accessibility&kind=general"];
    for (const page of pages)
      for (const param of params) {
        const response = await get(`${page}?${param}`);
        await response.arrayBuffer();
        expect(response.status, `${page}?${param}`).toBeLessThan(500);
      }
  });
});
