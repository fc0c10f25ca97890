// Every capability owns its tables; this module gathers them for Drizzle and drizzle-kit.
export * from "../reference/schema.server";
export * from "../network-map/schema.server";
export * from "../accounts/schema.server";
export * from "../audit/schema.server";
export * from "../mail/schema.server";
export * from "../offerings/schema.server";
export * from "../governance/schema.server";
export * from "../feedback/schema.server";
export * from "../documents/schema.server";
export * from "../notifications/schema.server";
export * from "../content-pages/schema.server";
export * from "../planning/schema.server";
export * from "../governance/meetings/schema.server";
