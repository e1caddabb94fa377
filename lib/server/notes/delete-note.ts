import { db } from "../../db";
import { notFound } from "../../errors";

export async function deleteNote(userId: string, noteId: string) {
  const { count } = await db.note.deleteMany({ where: { id: noteId, userId } });
  if (!count) throw notFound("Note");
}
