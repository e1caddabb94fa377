import { TZDate } from "@date-fns/tz";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { atReminderTime, daysFrom, laterToday, nextWorkingMoment, reminderTimeText, workingDaysFrom, workingHoursOn, type WorkingHours } from "./working-hours";
import { localInputToUtc, utcToLocalInput } from "./zoned";

const NEW_YORK = "America/New_York";
const LONDON = "Europe/London";
const SYDNEY = "Australia/Sydney";

const hoursIn = (timeZone: string, { reminderMinutes = 9 * 60, weekdaysOnly = true } = {}): WorkingHours => ({ timeZone, reminderMinutes, weekdaysOnly });
const at = (local: string, zone: string) => localInputToUtc(local, zone)!;
/** The moment as the user's wall clock shows it. */
const local = (instant: Date, zone: string) => utcToLocalInput(instant, zone);

describe("that day at the reminder time", () => {
  it("keeps a working day and moves a weekend to Monday when weekdays only", () => {
    expect(local(atReminderTime("2026-11-27", hoursIn(LONDON)), LONDON)).toBe("2026-11-27T09:00");
    expect(local(atReminderTime("2026-11-28", hoursIn(LONDON)), LONDON)).toBe("2026-11-30T09:00");
    expect(local(atReminderTime("2026-11-28", hoursIn(LONDON, { weekdaysOnly: false })), LONDON)).toBe("2026-11-28T09:00");
  });

  it.each([
    // New York springs forward on Sunday 8 March 2026 (EST → EDT) and falls back on Sunday 1 November.
    [NEW_YORK, "2026-03-08", "2026-03-08T13:00:00.000Z"],
    [NEW_YORK, "2026-03-07", "2026-03-07T14:00:00.000Z"],
    [NEW_YORK, "2026-11-01", "2026-11-01T14:00:00.000Z"],
    [NEW_YORK, "2026-10-31", "2026-10-31T13:00:00.000Z"],
    // London: Sunday 29 March (GMT → BST) and Sunday 25 October.
    [LONDON, "2026-03-29", "2026-03-29T08:00:00.000Z"],
    [LONDON, "2026-10-25", "2026-10-25T09:00:00.000Z"],
    // Sydney: falls back on Sunday 5 April (AEDT → AEST), springs forward on Sunday 4 October.
    [SYDNEY, "2026-04-05", "2026-04-04T23:00:00.000Z"],
    [SYDNEY, "2026-10-04", "2026-10-03T22:00:00.000Z"],
  ])("%s: 09:00 on the DST day %s is %s", (zone, day, instant) => {
    expect(atReminderTime(day, hoursIn(zone, { weekdaysOnly: false })).toISOString()).toBe(instant);
  });

  it("moves a reminder time the clocks skip forward by the gap, and takes the first of a repeated one", () => {
    // 02:30 does not exist in New York on 8 March; 01:30 happens twice on 1 November.
    expect(local(atReminderTime("2026-03-08", hoursIn(NEW_YORK, { reminderMinutes: 150, weekdaysOnly: false })), NEW_YORK)).toBe("2026-03-08T03:30");
    expect(atReminderTime("2026-11-01", hoursIn(NEW_YORK, { reminderMinutes: 90, weekdaysOnly: false })).toISOString()).toBe("2026-11-01T05:30:00.000Z");
  });
});

describe("N days from now at the reminder time", () => {
  it.each([
    // A Friday evening: tomorrow is Saturday, so Monday morning — across each zone's DST change.
    [NEW_YORK, "2026-03-06T19:00", 1, "2026-03-09T09:00"],
    [NEW_YORK, "2026-10-30T19:00", 1, "2026-11-02T09:00"],
    [LONDON, "2026-03-27T19:00", 1, "2026-03-30T09:00"],
    [LONDON, "2026-10-23T19:00", 1, "2026-10-26T09:00"],
    [SYDNEY, "2026-04-03T19:00", 1, "2026-04-06T09:00"],
    [SYDNEY, "2026-10-02T19:00", 1, "2026-10-05T09:00"],
    // A week from a weekday stays on the weekday, at the reminder time whatever the hour now.
    [LONDON, "2026-10-21T23:59", 7, "2026-10-28T09:00"],
    [SYDNEY, "2026-04-01T01:35", 7, "2026-04-08T09:00"],
  ])("%s: from %s, %i day(s) → %s", (zone, now, days, expected) => {
    expect(local(daysFrom(at(now, zone), days, hoursIn(zone)), zone)).toBe(expected);
  });

  it("counts working days when asked to (weekends do not count when weekdays only)", () => {
    // Thursday + 3 working days = Tuesday; every day working: Sunday.
    expect(local(workingDaysFrom(at("2026-11-26T15:00", LONDON), 3, hoursIn(LONDON)), LONDON)).toBe("2026-12-01T09:00");
    expect(local(workingDaysFrom(at("2026-11-26T15:00", LONDON), 3, hoursIn(LONDON, { weekdaysOnly: false })), LONDON)).toBe("2026-11-29T09:00");
    // From a Saturday, the first working day is Monday.
    expect(local(workingDaysFrom(at("2026-11-28T15:00", LONDON), 1, hoursIn(LONDON)), LONDON)).toBe("2026-11-30T09:00");
  });
});

describe("the next working moment", () => {
  it("is today's reminder time while it is ahead, else the next working day's", () => {
    const hours = hoursIn(NEW_YORK);
    expect(local(nextWorkingMoment(at("2026-11-26T08:59", NEW_YORK), hours), NEW_YORK)).toBe("2026-11-26T09:00");
    expect(local(nextWorkingMoment(at("2026-11-26T09:00", NEW_YORK), hours), NEW_YORK)).toBe("2026-11-27T09:00");
    expect(local(nextWorkingMoment(at("2026-11-27T17:00", NEW_YORK), hours), NEW_YORK)).toBe("2026-11-30T09:00");
    expect(local(nextWorkingMoment(at("2026-11-28T08:00", NEW_YORK), hours), NEW_YORK)).toBe("2026-11-30T09:00");
  });
});

describe("later today", () => {
  it.each([
    // Thursday 26 November 2026.
    ["2026-11-26T10:00", {}, "2026-11-26T13:00"],
    ["2026-11-26T15:00", {}, "2026-11-26T18:00"],
    // 16:30 + 3 h is past 18:00: the next working day at the reminder time.
    ["2026-11-26T16:30", {}, "2026-11-27T09:00"],
    // 01:35 + 3 h is still night: today at the reminder time.
    ["2026-11-26T01:35", {}, "2026-11-26T09:00"],
    ["2026-11-26T07:00", {}, "2026-11-26T10:00"],
    // A late starter works 9 hours: from 11:00 until 20:00.
    ["2026-11-26T16:30", { reminderMinutes: 11 * 60 }, "2026-11-26T19:30"],
    // Friday afternoon → Monday; Saturday → Monday, unless every day is a working day.
    ["2026-11-27T16:30", {}, "2026-11-30T09:00"],
    ["2026-11-28T10:00", {}, "2026-11-30T09:00"],
    ["2026-11-28T10:00", { weekdaysOnly: false }, "2026-11-28T13:00"],
  ])("London, %s %j → %s", (now, options, expected) => {
    expect(local(laterToday(at(now, LONDON), hoursIn(LONDON, options)), LONDON)).toBe(expected);
  });

  it.each([
    // On a spring-forward night 01:35 + 3 h of real time is 05:35 on the wall clock, still before work.
    [NEW_YORK, "2026-03-08T01:35", "2026-03-08T09:00"],
    [NEW_YORK, "2026-03-08T16:30", "2026-03-09T09:00"],
    [NEW_YORK, "2026-03-08T12:00", "2026-03-08T15:00"],
    [LONDON, "2026-10-25T01:35", "2026-10-25T09:00"],
    [LONDON, "2026-10-25T16:30", "2026-10-26T09:00"],
    // Sydney falls back at 03:00: 12:00 + 3 h is 15:00 either way, the night only gets longer.
    [SYDNEY, "2026-04-05T01:35", "2026-04-05T09:00"],
    [SYDNEY, "2026-04-05T12:00", "2026-04-05T15:00"],
    [SYDNEY, "2026-10-04T16:30", "2026-10-05T09:00"],
  ])("%s on a DST day, every day working: %s → %s", (zone, now, expected) => {
    expect(local(laterToday(at(now, zone), hoursIn(zone, { weekdaysOnly: false })), zone)).toBe(expected);
  });

  it("ends the working day at 18:00 or nine hours after the reminder time", () => {
    const day = workingHoursOn("2026-11-26", hoursIn(LONDON, { reminderMinutes: 16 * 60 }));
    expect([local(day.start, LONDON), local(day.end, LONDON)]).toEqual(["2026-11-26T16:00", "2026-11-27T01:00"]);
  });
});

describe("every moment the app chooses is in working hours", () => {
  const zone = fc.constantFrom(NEW_YORK, LONDON, SYDNEY);
  const instant = fc.date({ min: new Date("2025-01-01"), max: new Date("2030-12-31"), noInvalidDate: true });
  // Reminder times away from the night, where no DST change of these zones happens.
  const hours = fc.record({ timeZone: zone, reminderMinutes: fc.integer({ min: 6 * 60, max: 12 * 60 }), weekdaysOnly: fc.boolean() });

  it("lands at the reminder time, on a weekday when weekdays only, and in the future", () => {
    fc.assert(
      fc.property(instant, hours, fc.integer({ min: 1, max: 400 }), (now, working, days) => {
        for (const moment of [daysFrom(now, days, working), nextWorkingMoment(now, working), workingDaysFrom(now, days, working)]) {
          const wall = new TZDate(moment, working.timeZone);
          expect(wall.getHours() * 60 + wall.getMinutes()).toBe(working.reminderMinutes);
          if (working.weekdaysOnly) expect([1, 2, 3, 4, 5]).toContain(wall.getDay());
          expect(moment.getTime()).toBeGreaterThan(now.getTime());
        }
      }),
      { numRuns: 500 },
    );
  });

  it("keeps later today within the working day, and after now", () => {
    fc.assert(
      fc.property(instant, hours, (now, working) => {
        const later = laterToday(now, working);
        expect(later.getTime()).toBeGreaterThan(now.getTime());
        const wall = new TZDate(later, working.timeZone);
        const minutes = wall.getHours() * 60 + wall.getMinutes();
        expect(minutes).toBeGreaterThanOrEqual(working.reminderMinutes);
        expect(minutes).toBeLessThanOrEqual(Math.max(18 * 60, working.reminderMinutes + 9 * 60));
        if (working.weekdaysOnly) expect([1, 2, 3, 4, 5]).toContain(wall.getDay());
      }),
      { numRuns: 500 },
    );
  });
});

it("writes the reminder time as an <input type=time> value", () => {
  expect([reminderTimeText(540), reminderTimeText(0), reminderTimeText(23 * 60 + 5)]).toEqual(["09:00", "00:00", "23:05"]);
});
