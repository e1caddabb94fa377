import { db } from "../../db";

const PAGE_SIZE = 50;

/** The user's notifications, newest first, a page at a time (`before` is the last one shown). */
export async function listNotifications(userId: string, { before }: { before?: string } = {}) {
  const cursor = before ? await db.notification.findFirst({ where: { id: before, userId }, select: { id: true } }) : null;
  const items = await db.notification.findMany({
    where: { userId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: PAGE_SIZE + 1,
    ...(cursor ? { cursor: { id: cursor.id }, skip: 1 } : {}),
    select: { id: true, title: true, body: true, url: true, readAt: true, createdAt: true, followUpId: true, followUp: { select: { id: true, title: true, status: true } } },
  });
  return { items: items.slice(0, PAGE_SIZE), hasMore: items.length > PAGE_SIZE };
}
