import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { completeFollowUp } from "@/lib/server/follow-ups/complete-follow-up";
import { createFollowUp } from "@/lib/server/follow-ups/create-follow-up";
import { deleteFollowUp } from "@/lib/server/follow-ups/delete-follow-up";
import { dismissFollowUp } from "@/lib/server/follow-ups/dismiss-follow-up";
import { listDueFollowUps } from "@/lib/server/follow-ups/list-due-follow-ups";
import { listFollowUpPage } from "@/lib/server/follow-ups/list-follow-up-page";
import { listFollowUps } from "@/lib/server/follow-ups/list-follow-ups";
import { snoozeFollowUp } from "@/lib/server/follow-ups/snooze-follow-up";
import { updateFollowUp } from "@/lib/server/follow-ups/update-follow-up";
import { localInputToUtc, utcToLocalInput } from "@/lib/schedule/zoned";
import { followUpSchema, snoozeSchema } from "@/lib/validation/follow-up";
import { createApplication, createContact, createFollowUp as seedFollowUp, createUser } from "../factories";
import { db } from "../support/db";

const NY = "America/New_York";

async function owner() {
  const user = await createUser(db, { timeZone: NY });
  const contact = await createContact(db, user.id, { keepInTouchDays: 30 });
  const application = await createApplication(db, user.id);
  return { user, contact, application };
}

describe("creating a follow-up", () => {
  it("reads the due moment in the user's zone and links the user's own contact and application", async () => {
    const { user, contact, application } = await owner();
    const input = followUpSchema.parse({ title: "Ask for feedback", contactId: contact.id, applicationId: application.id, dueAt: "2026-12-01T09:00" });
    const created = await createFollowUp(user.id, input);
    expect(created.dueAt.toISOString()).toBe("2026-12-01T14:00:00.000Z");
    expect(created).toMatchObject({ contactId: contact.id, applicationId: application.id, status: "pending", origin: "manual" });
  });

  it("refuses another user's contact or application and saves nothing", async () => {
    const { user } = await owner();
    const other = await owner();
    for (const link of [{ contactId: other.contact.id }, { applicationId: other.application.id }]) {
      const input = followUpSchema.parse({ title: "Sneaky", dueAt: "2026-12-01T09:00", ...link });
      await expect(createFollowUp(user.id, input)).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    expect(await db.followUp.count({ where: { userId: user.id } })).toBe(0);
  });

  it.each([
    [{ title: "", dueAt: "2026-12-01T09:00" }, "title"],
    [{ title: "x".repeat(201), dueAt: "2026-12-01T09:00" }, "title"],
    [{ title: "Call", dueAt: "" }, "dueAt"],
    [{ title: "Call", dueAt: "2026-02-30T09:00" }, "dueAt"],
    [{ title: "Call", dueAt: "next tuesday" }, "dueAt"],
    [{ title: "Call", dueAt: "2026-12-01T09:00", cadenceDays: "0" }, "cadenceDays"],
    [{ title: "Call", dueAt: "2026-12-01T09:00", cadenceDays: "1.5" }, "cadenceDays"],
    [{ title: "Call", dueAt: "2026-12-01T09:00", cadenceDays: "'; drop table" }, "cadenceDays"],
  ])("puts a message on the field for %j", (values, field) => {
    const result = followUpSchema.safeParse(values);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path[0])).toContain(field);
  });

  it("refuses smuggled userId and id", () => {
    const result = followUpSchema.safeParse({ title: "Call", dueAt: "2026-12-01T09:00", userId: "someone", id: "x" });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.code).toBe("unrecognized_keys");
  });

  it("keeps HTML-ish and unicode text as plain text", async () => {
    const { user } = await owner();
    const title = `<script>alert(1)</script> — déjà 🌉`;
    const created = await createFollowUp(user.id, followUpSchema.parse({ title, dueAt: "2026-12-01T09:00" }));
    expect(created.title).toBe(title);
  });
});

describe("changing a follow-up", () => {
  it("edits, dismisses and deletes only the owner's follow-up", async () => {
    const { user } = await owner();
    const intruder = await owner();
    const followUp = await seedFollowUp(db, user.id, { title: "Original" });
    const input = followUpSchema.parse({ title: "Changed", dueAt: "2026-12-02T10:30" });

    await expect(updateFollowUp(intruder.user.id, followUp.id, input)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(dismissFollowUp(intruder.user.id, followUp.id)).rejects.toBeInstanceOf(AppError);
    await expect(deleteFollowUp(intruder.user.id, followUp.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(completeFollowUp(intruder.user.id, followUp.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(snoozeFollowUp(intruder.user.id, snoozeSchema.parse({ id: followUp.id, choice: "1d" }))).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.followUp.findUniqueOrThrow({ where: { id: followUp.id } })).toMatchObject({ title: "Original", status: "pending" });

    await updateFollowUp(user.id, followUp.id, input);
    const edited = await db.followUp.findUniqueOrThrow({ where: { id: followUp.id } });
    expect(edited.title).toBe("Changed");
    expect(utcToLocalInput(edited.dueAt, NY)).toBe("2026-12-02T10:30");

    await dismissFollowUp(user.id, followUp.id);
    expect((await db.followUp.findUniqueOrThrow({ where: { id: followUp.id } })).status).toBe("dismissed");
    await deleteFollowUp(user.id, followUp.id);
    expect(await db.followUp.count({ where: { id: followUp.id } })).toBe(0);
  });

  it("snoozes to later today, tomorrow, 3 days or 1 week in working hours, or to a picked moment as picked, never into the past", async () => {
    const { user } = await owner();
    const followUp = await seedFollowUp(db, user.id);
    const now = localInputToUtc("2026-11-26T10:00", NY)!;
    // Thursday 10:00 in New York; the user keeps the default working hours (09:00, weekdays).
    const choices = [["today", "2026-11-26T13:00"], ["1d", "2026-11-27T09:00"], ["3d", "2026-11-30T09:00"], ["1w", "2026-12-03T09:00"]] as const;
    for (const [choice, expected] of choices) {
      await snoozeFollowUp(user.id, snoozeSchema.parse({ id: followUp.id, choice }), now);
      const row = await db.followUp.findUniqueOrThrow({ where: { id: followUp.id } });
      expect(row.status).toBe("snoozed");
      expect(utcToLocalInput(row.dueAt, NY)).toBe(expected);
    }
    await snoozeFollowUp(user.id, snoozeSchema.parse({ id: followUp.id, choice: "until", until: "2027-01-05T08:15" }), now);
    expect(utcToLocalInput((await db.followUp.findUniqueOrThrow({ where: { id: followUp.id } })).dueAt, NY)).toBe("2027-01-05T08:15");

    const past = snoozeSchema.parse({ id: followUp.id, choice: "until", until: "2026-11-01T08:00" });
    await expect(snoozeFollowUp(user.id, past, now)).rejects.toMatchObject({ code: "INVALID", fieldErrors: { until: [expect.any(String)] } });
  });
});

describe("Done", () => {
  it("logs an interaction with the contact and, for a cadence, schedules the next one from that moment", async () => {
    const { user, contact, application } = await owner();
    const followUp = await seedFollowUp(db, user.id, {
      title: "Keep in touch",
      contactId: contact.id,
      applicationId: application.id,
      cadenceDays: 14,
      origin: "cadence",
      dueAt: localInputToUtc("2026-11-20T09:00", NY)!,
    });
    const doneAt = localInputToUtc("2026-11-26T16:45", NY)!;
    const next = await completeFollowUp(user.id, followUp.id, doneAt);

    expect(await db.followUp.findUniqueOrThrow({ where: { id: followUp.id } })).toMatchObject({ status: "done", completedAt: doneAt });
    expect(next).toMatchObject({ title: "Keep in touch", contactId: contact.id, cadenceDays: 14, status: "pending", origin: "cadence" });
    // Two weeks after the day it was done, at the reminder time.
    expect(utcToLocalInput(next!.dueAt, NY)).toBe("2026-12-10T09:00");

    const interactions = await db.interaction.findMany({ where: { userId: user.id, contactId: contact.id } });
    expect(interactions).toHaveLength(1);
    expect(interactions[0]!.occurredAt).toEqual(doneAt);
    const refreshed = await db.contact.findUniqueOrThrow({ where: { id: contact.id } });
    expect(refreshed.lastInteractionAt).toEqual(doneAt);
    expect(await db.activity.count({ where: { userId: user.id, kind: "follow_up_done" } })).toBe(1);
  });

  it("creates no next one for a one-off, and cannot be done twice", async () => {
    const { user } = await owner();
    const followUp = await seedFollowUp(db, user.id);
    expect(await completeFollowUp(user.id, followUp.id)).toBeNull();
    await expect(completeFollowUp(user.id, followUp.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.followUp.count({ where: { userId: user.id } })).toBe(1);
  });
});

describe("lists", () => {
  it("groups open follow-ups into overdue, today, this week and later, in the user's zone, and shows no one else's", async () => {
    const { user, contact } = await owner();
    const intruder = await owner();
    const now = localInputToUtc("2026-11-26T12:00", NY)!;
    const at = (local: string) => localInputToUtc(local, NY)!;
    await seedFollowUp(db, user.id, { title: "overdue", dueAt: at("2026-11-25T09:00"), contactId: contact.id });
    await seedFollowUp(db, user.id, { title: "earlier today", dueAt: at("2026-11-26T08:00"), status: "snoozed" });
    await seedFollowUp(db, user.id, { title: "tonight", dueAt: at("2026-11-26T23:30") });
    await seedFollowUp(db, user.id, { title: "week", dueAt: at("2026-11-30T09:00") });
    await seedFollowUp(db, user.id, { title: "later", dueAt: at("2027-01-30T09:00") });
    await seedFollowUp(db, user.id, { title: "done already", dueAt: at("2026-11-25T09:00"), status: "done" });
    await seedFollowUp(db, intruder.user.id, { title: "not mine", dueAt: at("2026-11-26T09:00") });

    const { groups, total } = await listFollowUps(user.id, { now, timeZone: NY });
    const titles = (group: keyof typeof groups) => groups[group].map((item) => item.title);
    expect(total).toBe(5);
    expect(titles("overdue")).toEqual(["overdue"]);
    expect(titles("today")).toEqual(["earlier today", "tonight"]);
    expect(titles("week")).toEqual(["week"]);
    expect(titles("later")).toEqual(["later"]);

    const firstThree = await listFollowUps(user.id, { now, timeZone: NY, limit: 3 });
    expect([firstThree.shown, firstThree.total]).toEqual([3, 5]);
    expect(firstThree.groups.later).toEqual([]);

    // The page: only its rows, every group's full count, and nothing of the intruder's.
    const page = await listFollowUpPage(user.id, { now, timeZone: NY });
    expect(page.counts).toEqual({ overdue: 1, today: 2, week: 1, later: 1 });
    expect([page.total, page.page, page.pageCount]).toEqual([5, 1, 1]);
    expect(page.groups.today.map((item) => item.title)).toEqual(["earlier today", "tonight"]);
    expect(page.groups.overdue[0]).toMatchObject({ title: "overdue", status: "pending", contact: { id: contact.id, name: contact.name }, application: null });
    expect(page.groups.today[0]?.status).toBe("snoozed");
    const second = await listFollowUpPage(user.id, { now, timeZone: NY, page: 2, perPage: 2 });
    expect(second.groups.today.map((item) => item.title)).toEqual(["tonight"]);
    expect(second.groups.week.map((item) => item.title)).toEqual(["week"]);
    expect(second.counts).toEqual(page.counts);
    expect(second.pageCount).toBe(3);
    const beyond = await listFollowUpPage(user.id, { now, timeZone: NY, page: 9, perPage: 2 });
    expect(Object.values(beyond.groups).flat()).toEqual([]);

    const due = await listDueFollowUps(user.id, { now, timeZone: NY });
    expect(due.overdue.map((item) => [item.title, item.contact?.name])).toEqual([["overdue", contact.name]]);
    expect(due.today.map((item) => item.title)).toEqual(["earlier today", "tonight"]);
    expect(due.total).toBe(3);

    // The dashboard shows the soonest few and counts the rest exactly.
    const firstTwo = await listDueFollowUps(user.id, { now, timeZone: NY, limit: 2 });
    expect([...firstTwo.overdue, ...firstTwo.today].map((item) => item.title)).toEqual(["overdue", "earlier today"]);
    expect(firstTwo.total).toBe(3);
    expect(firstTwo.overdue[0]?.dueAt.toISOString()).toBe(at("2026-11-25T09:00").toISOString());
  });
});
