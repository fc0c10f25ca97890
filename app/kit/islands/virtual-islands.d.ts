/** The address of each island's built module, by name (the islands plugin, app/kit/islands/vite-plugin.ts). */
declare module "virtual:elo-islands" {
  const sources: Record<string, string>;
  export default sources;
}
