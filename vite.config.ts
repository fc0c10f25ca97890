import { reactRouter } from "@react-router/dev/vite";
import { defineConfig, type Plugin } from "vite";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { messagesOf } from "./app/shell/messages";
import { isLanguage } from "./app/kit/i18n/languages";
import { compileMessages } from "./app/kit/i18n/message-format";
import { islands } from "./vite-islands";

const catalogueFile = fileURLToPath(new URL("./app/kit/i18n/catalogue.ts", import.meta.url));
const clientCatalogueFile = fileURLToPath(new URL("./app/kit/i18n/client-catalogue.ts", import.meta.url));
const messagesPrefix = "virtual:elo-messages/";
const icuParser = "@formatjs/icu-messageformat-parser";
// A moved catalogue would silently ship the server's catalogue mechanism to the browser: fail the build instead.
for (const file of [catalogueFile, clientCatalogueFile]) {
  if (!existsSync(file)) throw new Error(`vite.config.ts: ${file} does not exist`);
}

/**
 * The browser gets one language of the message catalogue (decision 0150): in the client bundle,
 * `catalogue.ts` is replaced by `client-catalogue.ts`, which loads `virtual:elo-messages/<lang>`,
 * a chunk with that language's messages only, and on work pages `virtual:elo-messages/<lang>-work`
 * as well. The server bundle keeps the full catalogue. The chunks hold the messages compiled from ICU
 * MessageFormat, so the browser gets intl-messageformat without its parser (decision 0172), as
 * FormatJS documents for precompiled messages.
 */
function clientCatalogue(): Plugin {
  return {
    name: "elo-client-catalogue",
    enforce: "pre",
    async resolveId(source, importer, options) {
      if (source.startsWith(messagesPrefix)) return `\0${source}`;
      if (this.environment?.config.consumer !== "client") return null;
      if (source === icuParser) return this.resolve(`${icuParser}/no-parser.js`, importer, { ...options, skipSelf: true });
      if (!source.includes("catalogue")) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved?.id === catalogueFile ? clientCatalogueFile : null;
    },
    load(id) {
      if (!id.startsWith(`\0${messagesPrefix}`)) return null;
      // virtual:elo-messages/fi is every page's part of Finnish, virtual:elo-messages/fi-work the work pages' part.
      const [lang, part] = id.slice(messagesPrefix.length + 1).split("-");
      if (!isLanguage(lang) || (part !== undefined && part !== "work")) throw new Error(`No messages for ${id}`);
      return `export default ${JSON.stringify(compileMessages(messagesOf(lang, part ?? "public"), lang))};`;
    },
  };
}

export default defineConfig({
  plugins: [clientCatalogue(), islands(), reactRouter()],
  resolve: {
    alias: { "~": fileURLToPath(new URL("./app", import.meta.url)) },
  },
  ssr: {
    // styled-components and suomifi must be bundled so that one React copy is used.
    noExternal: ["suomifi-ui-components"],
  },
});
