import { z } from "zod";
import { cleanString } from "./fields";

/** How many matches a picker shows at most: enough to choose from, small enough to stay light. */
export const PICK_LIMIT = 20;

/** What a picker asks for: `?q=` (blank = the first names alphabetically, or the latest applications). */
export const pickQuerySchema = z.strictObject({
  q: cleanString().trim().max(100, "Type at most 100 characters").default(""),
});

/** One choice in a picker: the value the form posts, what it shows, and an optional detail (an e-mail). */
export type PickOption = { value: string; label: string; detail?: string | null };

export const PICK_KINDS = ["contacts", "companies", "applications"] as const;
export type PickKind = (typeof PICK_KINDS)[number];

/** A Prisma `contains` filter for text typed by a person: `%`, `_` and `\` match themselves (Prisma passes them to LIKE as wildcards). */
export const containsText = (query: string) => ({ contains: query.replace(/[\\%_]/g, "\\$&"), mode: "insensitive" as const });
