// Every moment the app chooses lands at the user's reminder time on a working day (ADR 0009), in
// New York, London and Sydney, on the weekends their clocks change. A time the user types stays.
import { TZDate } from "@date-fns/tz";
import { describe, expect, it } from "vitest";
import { runDecisionNudges } from "@/lib/jobs/decision-nudges";
import { addDays, nextWeekday, type Day } from "@/lib/schedule/follow-up-plan";
import { localInputToUtc, utcToLocalInput } from "@/lib/schedule/zoned";
import { createContact } from "@/lib/server/contacts/create-contact";
import { acceptFollowUpPlan } from "@/lib/server/follow-up-plans/accept-follow-up-plan";
import { proposeRejectionPlan } from "@/lib/server/follow-up-plans/propose-follow-up-plan";
import { completeFollowUp } from "@/lib/server/follow-ups/complete-follow-up";
import { snoozeFollowUp } from "@/lib/server/follow-ups/snooze-follow-up";
import { importContacts } from "@/lib/server/import/import-contacts";
import { draftOfferNewsLetters } from "@/lib/server/letters/draft-offer-news-letters";
import { logRejection } from "@/lib/server/rejections/log-rejection";
import { updatePreferences } from "@/lib/server/settings/update-preferences";
import { contactSchema } from "@/lib/validation/contact";
import { acceptPlanSchema, planFormToObject } from "@/lib/validation/follow-up-plan";
import { snoozeSchema, type SnoozeInput } from "@/lib/validation/follow-up";
import { contactImportRowSchema } from "@/lib/validation/import";
import { logRejectionSchema } from "@/lib/validation/rejection";
import { preferencesSchema } from "@/lib/validation/settings";
import { createApplication, createContact as seedContact, createFollowUp, createInterview, createUser } from "../factories";
import { db } from "../support/db";

// The Sunday each zone's clocks change in 2026, and the Thursday before it.
const WEEKENDS = [
  { zone: "America/New_York", change: "spring forward", thursday: "2026-03-05" },
  { zone: "America/New_York", change: "fall back", thursday: "2026-10-29" },
  { zone: "Europe/London", change: "spring forward", thursday: "2026-03-26" },
  { zone: "Europe/London", change: "fall back", thursday: "2026-10-22" },
  { zone: "Australia/Sydney", change: "fall back", thursday: "2026-04-02" },
  { zone: "Australia/Sydney", change: "spring forward", thursday: "2026-10-01" },
] as const;
type Weekend = (typeof WEEKENDS)[number];

/** The days around a DST weekend, and its moments on the user's wall clock. */
function calendar({ zone, thursday }: Weekend) {
  const day = (offset: number): Day => addDays(thursday, offset);
  return {
    thursday,
    friday: day(1),
    saturday: day(2),
    sunday: day(3),
    monday: day(4),
    tuesday: day(5),
    at: (onDay: Day, time: string) => localInputToUtc(`${onDay}T${time}`, zone)!,
    wall: (instant: Date | null | undefined) => (instant ? utcToLocalInput(instant, zone) : null),
  };
}

/** A weekday, at exactly the reminder time, where the user lives. */
function expectWorkingMoment(instant: Date | null | undefined, zone: string, reminderTime = "09:00") {
  expect(instant).toBeInstanceOf(Date);
  const local = new TZDate(instant!, zone);
  expect(utcToLocalInput(instant!, zone).slice(11)).toBe(reminderTime);
  expect([1, 2, 3, 4, 5]).toContain(local.getDay());
}

const snooze = (id: string, choice: Exclude<SnoozeInput["choice"], "until">) => snoozeSchema.parse({ id, choice });

describe.each(WEEKENDS)("working hours in $zone, the weekend clocks $change", (weekend) => {
  const { zone } = weekend;
  const { thursday, friday, saturday, sunday, monday, tuesday, at, wall } = calendar(weekend);

  it("snoozes to the reminder time: Tomorrow at 01:35 is 09:00 the next day, not 01:35", async () => {
    const user = await createUser(db, { timeZone: zone });
    const followUp = await createFollowUp(db, user.id);
    const dueAfter = async (choice: Exclude<SnoozeInput["choice"], "until">, now: Date) => wall(await snoozeFollowUp(user.id, snooze(followUp.id, choice), now));

    expect(await dueAfter("1d", at(thursday, "01:35"))).toBe(`${friday}T09:00`);
    expect(await dueAfter("today", at(thursday, "01:35"))).toBe(`${thursday}T09:00`);
    expect(await dueAfter("today", at(thursday, "10:00"))).toBe(`${thursday}T13:00`);
    expect(await dueAfter("today", at(thursday, "16:30"))).toBe(`${friday}T09:00`);
    // Friday evening → Monday, across the clock change.
    expect(await dueAfter("1d", at(friday, "19:00"))).toBe(`${monday}T09:00`);
    expect(await dueAfter("today", at(friday, "16:30"))).toBe(`${monday}T09:00`);
    expect(await dueAfter("3d", at(friday, "19:00"))).toBe(`${monday}T09:00`);
    expect(await dueAfter("1w", at(thursday, "01:35"))).toBe(`${addDays(thursday, 7)}T09:00`);

    // Someone who works every day, from 07:45: the Sunday of the change itself, at 07:45.
    await db.user.update({ where: { id: user.id }, data: { weekdaysOnly: false, reminderMinutes: 7 * 60 + 45 } });
    expect(await dueAfter("1d", at(saturday, "01:35"))).toBe(`${sunday}T07:45`);
    expect(await dueAfter("today", at(sunday, "01:35"))).toBe(`${sunday}T07:45`);

    // A moment the user picks stays as picked, even a Sunday night.
    const picked = await snoozeFollowUp(user.id, snoozeSchema.parse({ id: followUp.id, choice: "until", until: `${sunday}T23:10` }), at(thursday, "10:00"));
    expect(wall(picked)).toBe(`${sunday}T23:10`);
  });

  it("makes thank-you letters due the next working day and offer news three working days later, at the reminder time", async () => {
    const user = await createUser(db, { timeZone: zone, reminderMinutes: 8 * 60 + 30 });
    const application = await createApplication(db, user.id);
    const dana = await seedContact(db, user.id, { name: "Dana Smith" });
    await createInterview(db, user.id, application.id, { interviewerIds: [dana.id], scheduledAt: at(addDays(thursday, -7), "10:00") });
    await logRejection(user.id, application.id, logRejectionSchema.parse({ receivedOn: friday, stageReached: "final", channel: "email" }), at(friday, "19:00"));
    const [letter] = await db.letter.findMany({ where: { userId: user.id, kind: "rejection_thank_you" } });
    expect(wall(letter!.dueAt)).toBe(`${monday}T08:30`);

    const offer = await createApplication(db, user.id, { status: "accepted", referrerId: dana.id });
    await draftOfferNewsLetters(user.id, offer.id, { now: at(thursday, "23:50") });
    const [news] = await db.letter.findMany({ where: { userId: user.id, kind: "offer_news" } });
    // Friday, Monday, Tuesday.
    expect(wall(news!.dueAt)).toBe(`${tuesday}T08:30`);
  });

  it("gives a new contact their next touch at the reminder time on a working day", async () => {
    const user = await createUser(db, { timeZone: zone });
    // A sender typed into the rejection form, at 01:25 on a Friday: a recruiter, every 60 days.
    const application = await createApplication(db, user.id);
    const received = logRejectionSchema.parse({ receivedOn: friday, stageReached: "final", channel: "email", newSenderName: "Rita Ortiz", newSenderEmail: "rita@example.test" });
    await logRejection(user.id, application.id, received, at(friday, "01:25"));
    const rita = await db.contact.findFirstOrThrow({ where: { userId: user.id, name: "Rita Ortiz" } });
    expect(rita.keepInTouchDays).toBe(60);
    expect(wall(rita.nextTouchAt)).toBe(`${nextWeekday(addDays(friday, 60))}T09:00`);

    // From the contact form and from an import (the clock starts now).
    const ben = await createContact(user.id, contactSchema.parse({ name: "Ben Brennan", role: "peer", keepInTouchDays: "2" }));
    expectWorkingMoment((await db.contact.findUniqueOrThrow({ where: { id: ben.id } })).nextTouchAt, zone);
    const row = contactImportRowSchema.parse({ name: "Nia Mensah", role: "peer", keepInTouchDays: 3 });
    await importContacts(user.id, [{ row: 2, value: row }]);
    expectWorkingMoment((await db.contact.findFirstOrThrow({ where: { userId: user.id, name: "Nia Mensah" } })).nextTouchAt, zone);
  });

  it("repeats a cadence at the reminder time, and moves the contact's next touch with it", async () => {
    const user = await createUser(db, { timeZone: zone });
    const contact = await seedContact(db, user.id, { keepInTouchDays: 2 });
    const followUp = await createFollowUp(db, user.id, { contactId: contact.id, cadenceDays: 2, origin: "cadence", dueAt: at(thursday, "09:00") });
    // Done on Friday evening: two days later is the Sunday of the change, so Monday at 09:00.
    const next = await completeFollowUp(user.id, followUp.id, at(friday, "21:40"));
    expect(wall(next!.dueAt)).toBe(`${monday}T09:00`);
    expect(wall((await db.contact.findUniqueOrThrow({ where: { id: contact.id } })).nextTouchAt)).toBe(`${monday}T09:00`);
  });

  it("proposes a decision nudge for the morning after the promised day, never in the night", async () => {
    const user = await createUser(db, { timeZone: zone });
    const promisedThursday = await createApplication(db, user.id, { status: "interviewing", decisionExpectedOn: new Date(`${thursday}T00:00:00Z`) });
    const promisedFriday = await createApplication(db, user.id, { status: "interviewing", decisionExpectedOn: new Date(`${friday}T00:00:00Z`) });
    await runDecisionNudges(db, { userId: user.id, now: at(friday, "01:35") });
    await runDecisionNudges(db, { userId: user.id, now: at(saturday, "01:35") });
    const dueOf = async (applicationId: string) => wall((await db.followUp.findFirstOrThrow({ where: { applicationId, origin: "decision_nudge" } })).dueAt);
    expect(await dueOf(promisedThursday.id)).toBe(`${friday}T09:00`);
    expect(await dueOf(promisedFriday.id)).toBe(`${monday}T09:00`);
  });

  it("puts every item of an accepted plan at the reminder time on a working day", async () => {
    const user = await createUser(db, { timeZone: zone, reminderMinutes: 10 * 60 + 15 });
    const application = await createApplication(db, user.id);
    const dana = await seedContact(db, user.id, { name: "Dana Smith" });
    const rita = await seedContact(db, user.id, { name: "Rita Ortiz", role: "recruiter" });
    await createInterview(db, user.id, application.id, { interviewerIds: [dana.id], scheduledAt: at(addDays(thursday, -7), "10:00") });
    const input = logRejectionSchema.parse({ receivedOn: friday, stageReached: "final", channel: "email", closeSecond: "on", renewedInterest: "on", wantsReferrals: "on", senderId: rita.id });
    await logRejection(user.id, application.id, input, at(friday, "19:00"));
    const { proposal } = await proposeRejectionPlan(user.id, application.id);
    expect(proposal.map((item) => item.kind)).toEqual(expect.arrayContaining(["check_in", "keep_in_touch"]));
    for (const item of proposal) expectWorkingMoment(item.dueAt, zone, "10:15");

    // The plan form, kept as proposed.
    const form = Object.fromEntries(
      proposal.flatMap((item, index) =>
        Object.entries({ include: "on", kind: item.kind, title: item.title, notes: item.notes, contactId: item.contactId ?? "", dueOn: item.dueOn, cadenceDays: item.cadenceDays?.toString() ?? "" }).map(
          ([field, value]) => [`items.${index}.${field}`, value],
        ),
      ),
    );
    await acceptFollowUpPlan(user.id, application.id, acceptPlanSchema.parse(planFormToObject(form)));
    const saved = await db.followUp.findMany({ where: { userId: user.id, origin: { in: ["rejection_plan", "cadence"] } } });
    expect(saved).toHaveLength(proposal.length);
    for (const followUp of saved) expectWorkingMoment(followUp.dueAt, zone, "10:15");
  });

  it("keeps the digest hour but holds a weekend digest for Monday", async () => {
    const user = await createUser(db, { timeZone: zone });
    const followUp = await createFollowUp(db, user.id);
    const delivery = await db.delivery.create({ data: { userId: user.id, followUpId: followUp.id, channel: "email", dueAt: followUp.dueAt, toAddress: user.email, subject: "s" } });
    const preferences = preferencesSchema.parse({ timeZone: zone, digestEnabled: "on", digestHour: "18", reminderTime: "09:00", weekdaysOnly: "on" });
    await updatePreferences(user.id, preferences, at(friday, "18:30"));
    expect(wall((await db.delivery.findUniqueOrThrow({ where: { id: delivery.id } })).nextAttemptAt)).toBe(`${monday}T18:00`);
  });
});
