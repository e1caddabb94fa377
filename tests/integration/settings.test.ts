import { describe, expect, it } from "vitest";
import { getSettings } from "@/lib/server/settings/get-settings";
import { updatePreferences } from "@/lib/server/settings/update-preferences";
import { localInputToUtc } from "@/lib/schedule/zoned";
import { preferencesFormValues, preferencesSchema } from "@/lib/validation/settings";
import { createFollowUp, createUser } from "../factories";
import { db } from "../support/db";

describe("preferences", () => {
  it("saves the time zone, working hours and digest choice, and returns what it saved", async () => {
    const user = await createUser(db, { timeZone: "UTC" });
    expect(await getSettings(user.id)).toMatchObject({ reminderMinutes: 540, weekdaysOnly: true });
    const saved = await updatePreferences(
      user.id,
      preferencesSchema.parse({ timeZone: "Australia/Sydney", digestEnabled: "on", digestHour: "7", reminderTime: "08:30", weekdaysOnly: "on" }),
    );
    const expected = { timeZone: "Australia/Sydney", digestEnabled: true, digestHour: 7, reminderMinutes: 510, weekdaysOnly: true };
    expect(saved).toEqual(expected);
    expect(await getSettings(user.id)).toMatchObject(expected);
    expect(preferencesFormValues(saved)).toEqual({ timeZone: "Australia/Sydney", digestEnabled: "on", digestHour: "7", reminderTime: "08:30", weekdaysOnly: "on" });
    await updatePreferences(user.id, preferencesSchema.parse({ timeZone: "Australia/Sydney", digestHour: "7", reminderTime: "10:05" }));
    expect(await getSettings(user.id)).toMatchObject({ digestEnabled: false, reminderMinutes: 605, weekdaysOnly: false });
  });

  it.each([
    [{ timeZone: "Mars/Olympus", digestHour: "8" }, "timeZone"],
    [{ timeZone: "", digestHour: "8" }, "timeZone"],
    [{ timeZone: "<script>", digestHour: "8" }, "timeZone"],
    [{ timeZone: "UTC", digestHour: "24" }, "digestHour"],
    [{ timeZone: "UTC", digestHour: "-1" }, "digestHour"],
    [{ timeZone: "UTC", digestHour: "8.5" }, "digestHour"],
    [{ timeZone: "UTC", digestHour: "8", digestEnabled: "yes please" }, "digestEnabled"],
    [{ timeZone: "UTC", digestHour: "8", reminderTime: "" }, "reminderTime"],
    [{ timeZone: "UTC", digestHour: "8", reminderTime: "24:00" }, "reminderTime"],
    [{ timeZone: "UTC", digestHour: "8", reminderTime: "09:60" }, "reminderTime"],
    [{ timeZone: "UTC", digestHour: "8", reminderTime: "9am" }, "reminderTime"],
    [{ timeZone: "UTC", digestHour: "8", reminderTime: "09:00", weekdaysOnly: "true" }, "weekdaysOnly"],
  ])("puts a message on the field for %j", (values, field) => {
    const result = preferencesSchema.safeParse(values);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path[0])).toContain(field);
  });

  it("refuses smuggled fields", () => {
    expect(preferencesSchema.safeParse({ timeZone: "UTC", digestHour: "8", reminderTime: "09:00", userId: "x" }).success).toBe(false);
    expect(preferencesSchema.safeParse({ timeZone: "UTC", digestHour: "8", reminderTime: "09:00", calendarToken: "x" }).success).toBe(false);
  });

  it("holds queued reminder e-mails for the digest hour, and releases them when the digest is turned off", async () => {
    const zone = "America/New_York";
    const user = await createUser(db, { timeZone: zone });
    const followUp = await createFollowUp(db, user.id);
    const delivery = await db.delivery.create({
      data: { userId: user.id, followUpId: followUp.id, channel: "email", dueAt: followUp.dueAt, toAddress: user.email, subject: "s" },
    });
    const now = localInputToUtc("2026-11-26T10:00", zone)!;
    await updatePreferences(user.id, preferencesSchema.parse({ timeZone: zone, digestEnabled: "on", digestHour: "18", reminderTime: "09:00", weekdaysOnly: "on" }), now);
    expect((await db.delivery.findUniqueOrThrow({ where: { id: delivery.id } })).nextAttemptAt).toEqual(localInputToUtc("2026-11-26T18:00", zone));
    await updatePreferences(user.id, preferencesSchema.parse({ timeZone: zone, digestHour: "18", reminderTime: "09:00", weekdaysOnly: "on" }), now);
    expect((await db.delivery.findUniqueOrThrow({ where: { id: delivery.id } })).nextAttemptAt).toEqual(now);
  });
});
