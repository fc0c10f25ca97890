// Imported first by dev.ts: React picks its development build (with its warnings) when it is first
// loaded, so NODE_ENV must be set before any module that loads React is evaluated.
process.env.NODE_ENV ??= "development";
