import { z } from "zod";
import { requiredText } from "./fields";

export const NOTE_MAX = 20_000;

export const noteSchema = z.strictObject({
  body: requiredText(NOTE_MAX, "Write something in the note"),
});
export type NoteInput = z.infer<typeof noteSchema>;
