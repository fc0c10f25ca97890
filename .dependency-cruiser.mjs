/**
 * Elo's layers (decision 0170): the kit at the bottom imports nothing above it; features import the
 * kit, their own modules and other features' public entries (public.ts, public.server.ts); the shell
 * (app/shell, app/demo and the app's root modules) composes them. Tests may reach into any module
 * for their fixtures. `npm test` runs these rules (tests/architecture/layers.test.ts), and so can
 * `npx depcruise app --config .dependency-cruiser.mjs`.
 */
const feature = "^app/(?!kit/|shell/|demo/)([^/]+)/";
const notTest = "\\.test\\.tsx?$";

export default {
  forbidden: [
    {
      name: "kit-stays-neutral",
      comment: "The kit is neutral building blocks: it imports no feature and not the shell.",
      severity: "error",
      from: { path: "^app/kit/", pathNot: notTest },
      to: { path: "^app/", pathNot: "^app/kit/" },
    },
    {
      name: "features-below-the-shell",
      comment: "Features never import the shell (layouts, catalogue, start-up, demo data) or the app's root modules.",
      severity: "error",
      from: { path: feature, pathNot: notTest },
      to: { path: ["^app/shell/", "^app/demo/", "^app/[^/]+\\.tsx?$"] },
    },
    {
      name: "features-through-public-entries",
      comment: "A feature uses another only through that feature's public.ts or public.server.ts, never its internals.",
      severity: "error",
      from: { path: feature, pathNot: notTest },
      to: { path: feature, pathNot: ["^app/$1/", "^app/[^/]+/public(\\.server)?\\.ts$"] },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: ["\\+types", "^build/", "^\\.react-router/"] },
    tsPreCompilationDeps: true,
    combinedDependencies: false,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: { extensions: [".ts", ".tsx", ".js", ".mjs", ".json"] },
  },
};
