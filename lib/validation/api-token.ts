import { z } from "zod";
import { requiredText } from "./fields";

export const TOKEN_EXPIRY_CHOICES = { never: "Never", "30": "In 30 days", "90": "In 90 days", "365": "In a year" } as const;
export type TokenExpiryChoice = keyof typeof TOKEN_EXPIRY_CHOICES;

/** Settings → API tokens → "Create token". */
export const createApiTokenSchema = z.strictObject({
  name: requiredText(100, "Name the token, e.g. “Laptop browser”"),
  expiresIn: z
    .enum(Object.keys(TOKEN_EXPIRY_CHOICES) as [TokenExpiryChoice, ...TokenExpiryChoice[]], { error: "Choose when the token expires" })
    .default("never")
    .transform((choice) => (choice === "never" ? null : Number(choice))),
});
export type CreateApiTokenInput = z.output<typeof createApiTokenSchema>;
