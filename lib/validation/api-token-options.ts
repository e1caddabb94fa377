// The token form's choices, apart from its schema so the form's JavaScript does not carry zod.
export const TOKEN_EXPIRY_CHOICES = { never: "Never", "30": "In 30 days", "90": "In 90 days", "365": "In a year" } as const;
export type TokenExpiryChoice = keyof typeof TOKEN_EXPIRY_CHOICES;
