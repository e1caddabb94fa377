import { z } from "zod";
import { CONTACT_ROLES, type ContactRole } from "./pipeline-options";

// Days between touches for one role; empty means "use the suggested default".
const cadenceDays = z
  .string()
  .trim()
  .max(4, "Use a number of days up to 730")
  .default("")
  .refine((value) => value === "" || /^\d+$/.test(value), "Enter a whole number of days, or leave it empty")
  .transform((value) => (value === "" ? null : Number(value)))
  .refine((value) => value === null || (value >= 1 && value <= 730), "Choose between 1 and 730 days");

export const cadenceDefaultsSchema = z.strictObject({
  cadence_recruiter: cadenceDays,
  cadence_hiring_manager: cadenceDays,
  cadence_interviewer: cadenceDays,
  cadence_referrer: cadenceDays,
  cadence_peer: cadenceDays,
  cadence_reference: cadenceDays,
  cadence_other: cadenceDays,
} satisfies Record<`cadence_${ContactRole}`, typeof cadenceDays>);

export function toCadenceDefaults(parsed: z.infer<typeof cadenceDefaultsSchema>): Partial<Record<ContactRole, number>> {
  return Object.fromEntries(
    CONTACT_ROLES.flatMap((role) => {
      const days = parsed[`cadence_${role}`];
      return days ? [[role, days]] : [];
    }),
  );
}
