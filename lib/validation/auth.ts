import { z } from "zod";
import { weakPasswordReason } from "../auth/password-strength";
import { PASSWORD_MAX, PASSWORD_MIN } from "./password-rules";

export const emailSchema = z
  .string({ error: "Enter your email address" })
  .trim()
  .min(1, "Enter your email address")
  .max(254, "That email address is too long")
  .pipe(z.email("Enter a valid email address, like name@example.com"))
  .transform((value) => value.toLowerCase());

const passwordSchema = z
  .string({ error: "Enter a password" })
  .min(1, "Enter a password")
  .max(PASSWORD_MAX, `Use at most ${PASSWORD_MAX} characters`);

export const newPasswordSchema = passwordSchema.superRefine((value, context) => {
  // Count characters, not UTF-16 units, so "10 characters" means what the user sees.
  if ([...value].length < PASSWORD_MIN) {
    context.addIssue({ code: "custom", message: `Use at least ${PASSWORD_MIN} characters` });
    return;
  }
  const weak = weakPasswordReason(value);
  if (weak) context.addIssue({ code: "custom", message: weak });
});

const timeZoneSchema = z
  .string()
  .optional()
  .transform((value) => (value && isValidTimeZone(value) ? value : "UTC"));

export function isValidTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export const signUpSchema = z.strictObject({
  email: emailSchema,
  password: newPasswordSchema,
  name: z.string().trim().max(120, "Use at most 120 characters").optional(),
  // Sent by the browser (Intl) so reminders land at the user's local hour from day one.
  timeZone: timeZoneSchema,
});
export type SignUpInput = z.infer<typeof signUpSchema>;

export const logInSchema = z.strictObject({
  email: emailSchema,
  password: passwordSchema,
  redirectTo: z.string().optional(),
});
export type LogInInput = z.infer<typeof logInSchema>;

export const changePasswordSchema = z.strictObject({
  currentPassword: passwordSchema,
  newPassword: newPasswordSchema,
});

export const deleteAccountSchema = z.strictObject({
  confirmation: z.string().trim().min(1, "Type your e-mail address to confirm").max(254, "That is too long"),
});

export const profileSchema = z.strictObject({
  name: z.string().trim().max(120, "Use at most 120 characters"),
});

export const forgotPasswordSchema = z.strictObject({ email: emailSchema });

export const resetPasswordSchema = z.strictObject({
  token: z.string().trim().min(1, "This link is incomplete").max(200, "This link is not valid"),
  newPassword: newPasswordSchema,
});

export const confirmSignUpSchema = z.strictObject({
  token: z.string().trim().min(1, "This link is incomplete").max(200, "This link is not valid"),
});
