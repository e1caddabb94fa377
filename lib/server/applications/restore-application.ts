import { db } from "../../db";
import { notFound } from "../../errors";

export async function restoreApplication(userId: string, applicationId: string) {
  const { count } = await db.application.updateMany({
    where: { id: applicationId, userId, deletedAt: { not: null } },
    data: { deletedAt: null },
  });
  if (!count) throw notFound("Application");
}
