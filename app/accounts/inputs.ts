import { z } from "zod";
import { issueMessage, limits } from "../kit/validation/fields";
import { languages } from "../kit/i18n/languages";
import { roles } from "../kit/permissions/roles";
import { isUuid } from "../kit/validation/uuid";

/** Passwords: at least 12 characters (decision 0178); better-auth refuses longer than 128. */
export const passwordLimits = { min: 12, max: 128 } as const;

/** Display names: 2–100 characters (decision 0178). */
export const nameLimits = { min: 2, max: 100 } as const;

// Letters of any script (with their combining marks), spaces, hyphens, apostrophes and full stops.
const nameCharacters = /^[\p{L}\p{M} '’.-]+$/u;

/**
 * A person's name as it shows in the header and the audit trail: trimmed with single spaces, and
 * no brackets, digits or control characters, so that a name cannot pose as a role or a note.
 */
export const displayName = z
  .string({ message: "validation.required" })
  .transform((v) => v.normalize("NFC").trim().replace(/ {2,}/g, " "))
  .pipe(
    z
      .string()
      .min(1, { message: "validation.required" })
      .min(nameLimits.min, { message: issueMessage("name.tooShort", { min: nameLimits.min }) })
      .max(nameLimits.max, { message: issueMessage("validation.tooLong", { max: nameLimits.max }) })
      .regex(nameCharacters, { message: issueMessage("name.characters") })
      .regex(/\p{L}/u, { message: issueMessage("name.characters") }),
  );

// A message key (with values) in the form issuesFromZod reads back.

const optionalId = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v ? v : undefined));

/**
 * An invitation as the form sends it. The form shows every scope field; only the one that the
 * chosen role needs is read, and it must be there.
 */
export const invitationInput = z
  .object({
    email: z
      .string({ message: "validation.required" })
      .trim()
      .toLowerCase()
      .min(1, { message: "validation.required" })
      .max(limits.email, { message: issueMessage("validation.tooLong", { max: limits.email }) })
      .pipe(z.email({ message: "validation.email" })),
    role: z.enum(roles, { message: "validation.invalid" }),
    regionCode: optionalId,
    organizationId: optionalId,
    practitionerId: optionalId,
    language: z.enum(languages, { message: "validation.invalid" }),
  })
  .superRefine((input, ctx) => {
    const need = (path: "regionCode" | "practitionerId" | "organizationId") => {
      const value = input[path];
      if (!value) ctx.addIssue({ code: "custom", path: [path], message: "validation.required" });
      else if (path !== "regionCode" && !isUuid(value)) ctx.addIssue({ code: "custom", path: [path], message: "validation.uuid" });
    };
    if (input.role === "coordinator") need("regionCode");
    if (input.role === "contact_person") need("organizationId");
    if (input.role === "practitioner") need("practitionerId");
  });

export type InvitationInput = z.input<typeof invitationInput>;

export const acceptInvitationInput = z.object({
  name: displayName,
  // The strength is checked on the server by password-policy.server.ts, with the name and address.
  password: z.string({ message: "validation.required" }).max(1000, { message: issueMessage("validation.tooLong", { max: passwordLimits.max }) }),
});

export const changeNameInput = z.object({ name: displayName });
export type ChangeNameInput = z.input<typeof changeNameInput>;

export const changePasswordInput = z.object({
  currentPassword: z.string().min(1, { message: "validation.required" }).max(1000, { message: "validation.invalid" }),
  newPassword: z.string().max(1000, { message: issueMessage("validation.tooLong", { max: passwordLimits.max }) }),
});
export type ChangePasswordInput = z.input<typeof changePasswordInput>;

export type AcceptInvitationInput = z.input<typeof acceptInvitationInput>;
