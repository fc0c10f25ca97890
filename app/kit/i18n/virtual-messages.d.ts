/** One language's messages as the browser build makes them, compiled (see client-catalogue.ts). */
declare module "virtual:elo-messages/*" {
  const messages: Record<string, import("./message-format").CompiledMessage>;
  export default messages;
}
