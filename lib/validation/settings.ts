import { z } from "zod";
import { reminderTimeText } from "../schedule/working-hours";
import { isValidTimeZone } from "./auth";

const REMINDER_TIME = /^(\d{2}):(\d{2})(?::\d{2})?$/;

// A checkbox: present ("on") when ticked, absent otherwise.
const checkbox = z
  .literal("on", { error: "Tick the box or leave it empty" })
  .optional()
  .transform((value) => value === "on");

export const preferencesSchema = z.strictObject({
  timeZone: z
    .string({ error: "Choose a time zone" })
    .trim()
    .min(1, "Choose a time zone")
    .max(64, "Choose a time zone from the list")
    .refine(isValidTimeZone, "Choose a time zone from the list"),
  digestEnabled: checkbox,
  digestHour: z
    .string({ error: "Choose an hour" })
    .trim()
    .regex(/^\d{1,2}$/, "Choose an hour between 0 and 23")
    .transform(Number)
    .refine((hour) => hour >= 0 && hour <= 23, "Choose an hour between 0 and 23"),
  // The value of an `<input type="time">` ("09:00"), kept as minutes after local midnight.
  reminderTime: z
    .string({ error: "Enter a time, like 09:00" })
    .trim()
    .max(8, "Enter a time, like 09:00")
    .refine((value) => {
      const match = REMINDER_TIME.exec(value);
      return Boolean(match) && Number(match![1]) <= 23 && Number(match![2]) <= 59;
    }, "Enter a time, like 09:00")
    .transform((value) => Number(value.slice(0, 2)) * 60 + Number(value.slice(3, 5))),
  weekdaysOnly: checkbox,
});
export type PreferencesInput = z.infer<typeof preferencesSchema>;

/** Saved preferences as the form's field values: what the form shows on load and after a save. */
export function preferencesFormValues(saved: {
  timeZone: string;
  digestEnabled: boolean;
  digestHour: number;
  reminderMinutes: number;
  weekdaysOnly: boolean;
}): Record<string, string> {
  return {
    timeZone: saved.timeZone,
    digestEnabled: saved.digestEnabled ? "on" : "",
    digestHour: String(saved.digestHour),
    reminderTime: reminderTimeText(saved.reminderMinutes),
    weekdaysOnly: saved.weekdaysOnly ? "on" : "",
  };
}
