/** One language's messages as the browser build makes them (see client-catalogue.ts). */
declare module "virtual:elo-messages/*" {
  const messages: Record<string, string>;
  export default messages;
}
