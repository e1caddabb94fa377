import { z } from "zod";

export const DUE_FILTERS = ["overdue", "today", "week", "later", "all"] as const;

/** GET /api/v1/follow-ups?due=…: the groups of the /follow-ups page, or all of them. */
export const followUpsQuerySchema = z.object({
  due: z.enum(DUE_FILTERS, { error: `Use one of: ${DUE_FILTERS.join(", ")}` }).default("all"),
});
