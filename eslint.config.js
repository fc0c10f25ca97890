/**
 * ESLint for Elo (decision 0174): the recommended JavaScript and type-aware TypeScript rules, the
 * rules of hooks, and JSX accessibility; formatting is Prettier's (`npm run lint` runs both).
 * Each rule turned off or changed below says which convention of the codebase it would contradict.
 */
import js from "@eslint/js";
import prettier from "eslint-config-prettier";
import jsxA11y from "eslint-plugin-jsx-a11y";
import reactHooks from "eslint-plugin-react-hooks";
import { defineConfig, globalIgnores } from "eslint/config";
import globals from "globals";
import tseslint from "typescript-eslint";

export default defineConfig(
  globalIgnores(["build/", "data/", ".react-router/", "bench/out/", "test-results/", "public/", "drizzle/"]),
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node, ...globals.browser },
    },
    linterOptions: { reportUnusedDisableDirectives: "error" },
    rules: {
      // Loaders and actions throw React Router's responses (`throw data(…, { status: 404 })`,
      // `throw redirect(…)`): the framework's way to answer early, not an error to wrap.
      "@typescript-eslint/only-throw-error": [
        "error",
        {
          allow: [
            { from: "lib", name: "Response" },
            { from: "package", package: "react-router", name: "DataWithResponseInit" },
          ],
        },
      ],
      // React's stream errors and test doubles hand on what they were given, unknown as it is.
      "@typescript-eslint/prefer-promise-reject-errors": ["error", { allowThrowingUnknown: true }],
      // `const { id: _id, ...rest } = row` drops fields by destructuring; `_` marks them unused on purpose.
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrorsIgnorePattern: "^_", ignoreRestSiblings: true },
      ],
      // Handlers passed where an async function is expected (the HSDS answer, commands' hooks) stay
      // `async` even when this one has nothing to await, so every handler reads and fails alike.
      "@typescript-eslint/require-await": "off",
    },
  },
  {
    files: ["**/*.tsx"],
    extends: [reactHooks.configs.flat["recommended-latest"], jsxA11y.flatConfigs.recommended],
    rules: {
      // A wide table scrolls in a focusable `role="region"` so that keyboard users can scroll it
      // (WCAG 2.1.1; axe's scrollable-region-focusable asks for exactly this).
      "jsx-a11y/no-noninteractive-tabindex": ["error", { roles: ["tabpanel", "region"], tags: [] }],
    },
  },
  {
    // Tests read JSON answers (`await response.json()` is `any`) and compare their shapes with
    // `expect`; typing every answer would add nothing the assertions do not already check. The
    // benchmark reads raw query rows and tool output the same way.
    files: ["tests/**", "bench/**", "**/*.test.ts", "**/*.test.tsx"],
    rules: {
      "@typescript-eslint/no-explicit-any": "off",
      "@typescript-eslint/no-unsafe-argument": "off",
      "@typescript-eslint/no-unsafe-assignment": "off",
      "@typescript-eslint/no-unsafe-call": "off",
      "@typescript-eslint/no-unsafe-member-access": "off",
      "@typescript-eslint/no-unsafe-return": "off",
    },
  },
  {
    // The benchmark's scripts drive tools (Lighthouse, child processes, the browser's own code).
    files: ["bench/**"],
    rules: {
      "@typescript-eslint/restrict-template-expressions": "off",
      "@typescript-eslint/unbound-method": "off",
      "@typescript-eslint/no-implied-eval": "off",
      "@typescript-eslint/await-thenable": "off",
    },
  },
  // Plain JavaScript (this file, the dependency-cruiser rules) is outside the TypeScript project.
  { files: ["**/*.js", "**/*.mjs"], extends: [tseslint.configs.disableTypeChecked] },
  prettier,
);
