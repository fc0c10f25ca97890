import { eq, sql } from "drizzle-orm";
import type { CurrentUser } from "../kit/permissions/roles";
import type { Transaction } from "../kit/db/db.server";
import { answerFeedback } from "./commands/answer.server";
import { recordVote, submitFeedback } from "./commands/submit.server";
import { feedback } from "./schema.server";

/** Votes per page: [page, language, yes, no]. */
const demoVotes: [string, "fi" | "sv" | "en", number, number][] = [
  ["/", "fi", 14, 3],
  ["/education", "fi", 9, 6],
  ["/education", "sv", 2, 1],
  ["/map", "fi", 5, 4],
  ["/search", "en", 3, 2],
];

/** The page as a visitor's form sends it: with its language. */
const sentFrom = (language: string, page: string) => `/${language}${page === "/" ? "" : page}`;

/**
 * Invented feedback for the demo inbox: open, overdue and answered messages in three languages, so
 * that the 14-day rule and the filters have something to show. Senders and addresses are invented.
 * Visitors' votes and messages go through the public form's commands; `answerer` (a coordinator)
 * answers one of them.
 */
export async function loadDemoFeedback(tx: Transaction, answerer: CurrentUser): Promise<number> {
  for (const [page, language, yes, no] of demoVotes)
    for (let i = 0; i < yes + no; i++) await recordVote({ page: sentFrom(language, page), language, helpful: i < yes ? "yes" : "no" }, tx);
  const items = [
    {
      kind: "accessibility",
      language: "fi",
      page: "/map",
      message: "Karttaa ei voi käyttää näppäimistöllä: en pääse toimipisteiden tietoihin ilman hiirtä.",
      email: "maija.esimerkki@example.fi",
      daysAgo: 20,
    },
    { kind: "accessibility", language: "sv", page: "/education", message: "Filtren i utbildningssökningen läses inte upp av min skärmläsare.", daysAgo: 3 },
    { kind: "general", language: "fi", page: "/education", message: "Olisi hyvä nähdä, mitkä koulutukset sopivat työttömälle työnhakijalle.", daysAgo: 6 },
    { kind: "general", language: "en", page: "/", message: "Is there guidance in English in Rovaniemi?", email: "alex.example@example.com", daysAgo: 2 },
    {
      kind: "general",
      language: "fi",
      page: "/search",
      message: "Haku löysi heti oikean ohjaajan. Kiitos!",
      daysAgo: 10,
      answeredDaysAgo: 9,
      reply: "Kiitos palautteesta!",
    },
  ] as const;
  for (const item of items) {
    const id = await submitFeedback(
      {
        kind: item.kind,
        language: item.language,
        message: item.message,
        page: sentFrom(item.language, item.page),
        email: "email" in item ? item.email : undefined,
      },
      tx,
    );
    if ("reply" in item) await answerFeedback(answerer, id, { reply: item.reply }, tx);
    // Back-dated: the 14-day answer rule needs messages that arrived (and were answered) days ago.
    const daysAgo = (days: number) => sql`now() - make_interval(days => ${days})`;
    await tx
      .update(feedback)
      .set({ receivedAt: daysAgo(item.daysAgo), ...("answeredDaysAgo" in item ? { answeredAt: daysAgo(item.answeredDaysAgo) } : {}) })
      .where(eq(feedback.id, id));
  }
  return items.length;
}
