import { z } from "zod";
import { requiredText } from "./fields";
import { TOKEN_EXPIRY_CHOICES, type TokenExpiryChoice } from "./api-token-options";

export { TOKEN_EXPIRY_CHOICES, type TokenExpiryChoice } from "./api-token-options";

/** Settings → API tokens → "Create token". */
export const createApiTokenSchema = z.strictObject({
  name: requiredText(100, "Name the token, e.g. “Laptop browser”"),
  expiresIn: z
    .enum(Object.keys(TOKEN_EXPIRY_CHOICES) as [TokenExpiryChoice, ...TokenExpiryChoice[]], { error: "Choose when the token expires" })
    .default("never")
    .transform((choice) => (choice === "never" ? null : Number(choice))),
});
export type CreateApiTokenInput = z.output<typeof createApiTokenSchema>;
