import { describe, expect, it } from "vitest";
import { completeFollowUp } from "@/lib/server/follow-ups/complete-follow-up";
import { dismissFollowUp } from "@/lib/server/follow-ups/dismiss-follow-up";
import { snoozeFollowUp } from "@/lib/server/follow-ups/snooze-follow-up";
import { countUnreadNotifications } from "@/lib/server/notifications/count-unread-notifications";
import { listNotifications } from "@/lib/server/notifications/list-notifications";
import { markAllNotificationsRead, markNotificationRead } from "@/lib/server/notifications/mark-notifications-read";
import { findOpenSession } from "@/lib/server/sessions/sessions";
import { snoozeSchema } from "@/lib/validation/follow-up";
import { createFollowUp, createUser } from "../factories";
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

describe("acting on a follow-up reads its reminders", () => {
  async function remindedTwice() {
    const user = await createUser(db, { timeZone: "America/New_York" });
    const followUp = await createFollowUp(db, user.id, { title: "Thank the recruiter", dueAt: new Date("2026-11-01T14:00:00Z") });
    const other = await createFollowUp(db, user.id, { title: "Other", dueAt: new Date("2026-11-01T14:00:00Z") });
    await db.notification.createMany({
      data: [
        { userId: user.id, followUpId: followUp.id, title: "Thank the recruiter" },
        { userId: user.id, followUpId: followUp.id, title: "Thank the recruiter (again)" },
        { userId: user.id, followUpId: other.id, title: "Other" },
      ],
    });
    return { user, followUp };
  }
  const now = new Date("2026-11-02T15:00:00Z");

  it.each([
    ["Done", (userId: string, id: string) => completeFollowUp(userId, id, now)],
    ["Snooze", (userId: string, id: string) => snoozeFollowUp(userId, snoozeSchema.parse({ id, choice: "1d" }), now)],
    ["Dismiss", (userId: string, id: string) => dismissFollowUp(userId, id, now)],
  ])("%s marks that follow-up's notifications read, and only those", async (_name, act) => {
    const { user, followUp } = await remindedTwice();
    expect(await countUnreadNotifications(user.id)).toBe(3);
    await act(user.id, followUp.id);
    expect(await countUnreadNotifications(user.id)).toBe(1);
    const read = await db.notification.findMany({ where: { followUpId: followUp.id } });
    expect(read.every((notification) => notification.readAt?.getTime() === now.getTime())).toBe(true);
  });

  it("another user's attempt changes nothing, the reminders stay unread", async () => {
    const { user, followUp } = await remindedTwice();
    const intruder = await createUser(db);
    await expect(completeFollowUp(intruder.id, followUp.id, now)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(dismissFollowUp(intruder.id, followUp.id, now)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await countUnreadNotifications(user.id)).toBe(3);
  });
});
