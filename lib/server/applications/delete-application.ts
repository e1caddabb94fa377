import { db } from "../../db";
import { notFound } from "../../errors";

/** Soft delete: the application disappears from every list but can be restored. */
export async function deleteApplication(userId: string, applicationId: string) {
  const { count } = await db.application.updateMany({
    where: { id: applicationId, userId, deletedAt: null },
    data: { deletedAt: new Date() },
  });
  if (!count) throw notFound("Application");
}
