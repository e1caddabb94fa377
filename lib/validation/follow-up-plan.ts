import { z } from "zod";
import { isDay } from "../schedule/follow-up-plan";
import { checkbox, optionalId, optionalText, optionalWholeNumber, requiredText } from "./fields";

export const PLAN_ITEM_KINDS = ["check_in", "second_check_in", "referral_request", "keep_in_touch"] as const;
export const MAX_PLAN_ITEMS = 50;

const planItemSchema = z
  .strictObject({
    include: checkbox,
    kind: z.enum(PLAN_ITEM_KINDS, { error: "Unknown kind of follow-up" }),
    title: requiredText(200, "Say what to do"),
    notes: optionalText(2000),
    contactId: optionalId,
    dueOn: z
      .string({ error: "Pick a day" })
      .trim()
      .max(10, "Enter a date like 2027-01-25")
      .refine(isDay, "Enter a real date like 2027-01-25")
      .refine((day) => day >= "2000-01-01" && day <= "2100-12-31", "Pick a day before 2100"),
    cadenceDays: optionalWholeNumber(1, 730, "Enter a number of days between 1 and 730"),
  })
  .superRefine((item, ctx) => {
    if (item.kind === "keep_in_touch" && item.include && !item.cadenceDays) {
      ctx.addIssue({ code: "custom", path: ["cadenceDays"], message: "Say how often to keep in touch" });
    }
    if (item.kind === "keep_in_touch" && !item.contactId) {
      ctx.addIssue({ code: "custom", path: ["contactId"], message: "Keeping in touch needs a contact" });
    }
  });

/** "Accept plan": the proposed follow-ups as the user edited them; only ticked ones are kept. */
export const acceptPlanSchema = z
  .strictObject({ items: z.array(planItemSchema).max(MAX_PLAN_ITEMS, `At most ${MAX_PLAN_ITEMS} follow-ups`) })
  .transform(({ items }) =>
    items
      .map((item, index) => ({ ...item, index }))
      .filter((item) => item.include)
      .map((item) => ({
        // Its place in the form, so that an error found on saving shows next to it.
        index: item.index,
        kind: item.kind,
        title: item.title,
        notes: item.notes,
        contactId: item.contactId,
        dueOn: item.dueOn,
        cadenceDays: item.kind === "keep_in_touch" ? item.cadenceDays : null,
      })),
  )
  .refine((items) => items.length > 0, "Keep at least one follow-up, or leave the plan for now.");
export type AcceptPlanInput = z.output<typeof acceptPlanSchema>;

const ITEM_KEY = /^items\.(\d{1,2})\.([A-Za-z]+)$/;

/** `items.0.title`-style form fields → { items: [{ title }] }; any other field is kept as is (and refused). */
export function planFormToObject(values: Record<string, string>): Record<string, unknown> {
  const items: Record<string, string>[] = [];
  const rest: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(values)) {
    const match = ITEM_KEY.exec(key);
    if (match) (items[Number(match[1])] ??= {})[match[2]!] = value;
    else rest[key] = value;
  }
  return { ...rest, items: Array.from(items, (item) => item ?? {}) };
}

/** zod errors keyed like the form's fields ("items.2.dueOn"), so each shows next to its input. */
export function planFieldErrors(error: z.ZodError): { fieldErrors: Record<string, string[]>; message: string } {
  const fieldErrors: Record<string, string[]> = {};
  let message: string | undefined;
  for (const issue of error.issues) {
    if (issue.path.length >= 3) (fieldErrors[issue.path.join(".")] ??= []).push(issue.message);
    else message ??= issue.code === "unrecognized_keys" ? `Unexpected fields: ${issue.keys.join(", ")}` : issue.message;
  }
  return { fieldErrors, message: message ?? "Please correct the highlighted follow-ups." };
}
