// Imported first by main.ts: React picks its production or development build when it is first
// loaded, so NODE_ENV must be set before any module that loads React is evaluated.
process.env.NODE_ENV ??= "production";
