import { describe, expect, it } from "vitest";
import { countUnreadNotifications } from "@/lib/server/notifications/count-unread-notifications";
import { listNotifications } from "@/lib/server/notifications/list-notifications";
import { markAllNotificationsRead, markNotificationRead } from "@/lib/server/notifications/mark-notifications-read";
import { findOpenSession } from "@/lib/server/sessions/sessions";
import { createUser } from "../factories";
import { db } from "../support/db";

async function withNotifications(count: number) {
  const user = await createUser(db);
  await db.notification.createMany({
    data: Array.from({ length: count }, (_, index) => ({ userId: user.id, title: `Reminder ${index}`, createdAt: new Date(Date.UTC(2026, 10, 1, 0, index)) })),
  });
  return user;
}

describe("notifications", () => {
  it("lists the user's own, newest first, a page at a time", async () => {
    const user = await withNotifications(55);
    const other = await withNotifications(3);
    const first = await listNotifications(user.id);
    expect(first.items).toHaveLength(50);
    expect(first.hasMore).toBe(true);
    expect(first.items[0]!.title).toBe("Reminder 54");
    const second = await listNotifications(user.id, { before: first.items.at(-1)!.id });
    expect(second.items.map((item) => item.title)).toEqual(["Reminder 4", "Reminder 3", "Reminder 2", "Reminder 1", "Reminder 0"]);
    expect(second.hasMore).toBe(false);
    const otherIds = new Set((await listNotifications(other.id)).items.map((item) => item.id));
    expect([...first.items, ...second.items].some((item) => otherIds.has(item.id))).toBe(false);
    // Another user's id as a cursor is ignored, not followed.
    expect((await listNotifications(user.id, { before: [...otherIds][0] })).items[0]!.title).toBe("Reminder 54");
  });

  it("marks one or all as read, never another user's", async () => {
    const user = await withNotifications(3);
    const intruder = await withNotifications(1);
    const [first] = (await listNotifications(user.id)).items;

    await expect(markNotificationRead(intruder.id, first!.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await countUnreadNotifications(user.id)).toBe(3);

    await markNotificationRead(user.id, first!.id);
    expect(await countUnreadNotifications(user.id)).toBe(2);
    // The header's badge reads the same count with the session, and only the owner's.
    const session = await db.authSession.create({ data: { userId: user.id } });
    expect((await findOpenSession(session.id, user.id))?.unreadNotifications).toBe(2);
    expect(await markAllNotificationsRead(intruder.id)).toBe(1);
    expect(await countUnreadNotifications(user.id)).toBe(2);
    expect(await markAllNotificationsRead(user.id)).toBe(2);
    expect(await countUnreadNotifications(user.id)).toBe(0);
  });
});
