import { z } from "zod";
import { isValidTimeZone } from "./auth";

export const preferencesSchema = z.strictObject({
  timeZone: z
    .string({ error: "Choose a time zone" })
    .trim()
    .min(1, "Choose a time zone")
    .max(64, "Choose a time zone from the list")
    .refine(isValidTimeZone, "Choose a time zone from the list"),
  // A checkbox: present ("on") when ticked, absent otherwise.
  digestEnabled: z
    .literal("on", { error: "Tick the box or leave it empty" })
    .optional()
    .transform((value) => value === "on"),
  digestHour: z
    .string({ error: "Choose an hour" })
    .trim()
    .regex(/^\d{1,2}$/, "Choose an hour between 0 and 23")
    .transform(Number)
    .refine((hour) => hour >= 0 && hour <= 23, "Choose an hour between 0 and 23"),
});
export type PreferencesInput = z.infer<typeof preferencesSchema>;
