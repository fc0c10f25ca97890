import { z } from "zod";
import { issueMessage, limits, requiredText } from "../kit/validation/fields";
import { languages } from "../kit/i18n/languages";
import { roles } from "../kit/permissions/roles";
import { isUuid } from "../kit/validation/uuid";

/** better-auth's own limits for passwords (it refuses longer ones). */
export const passwordLimits = { min: 10, max: 128 } as const;

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
  name: requiredText(limits.shortText),
  password: z
    .string({ message: issueMessage("invitation.passwordTooShort") })
    .min(passwordLimits.min, { message: issueMessage("invitation.passwordTooShort") })
    .max(passwordLimits.max, { message: issueMessage("validation.tooLong", { max: passwordLimits.max }) }),
});

export type AcceptInvitationInput = z.input<typeof acceptInvitationInput>;
