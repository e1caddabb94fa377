import ICAL from "ical.js";
import nodeIcal from "node-ical";
import { describe, expect, it } from "vitest";
import { GET as feedRoute } from "@/app/api/calendar/[token]/route";
import { calendarFeedForToken, followUpIcs, interviewIcs } from "@/lib/server/calendar/calendar-feed";
import { regenerateCalendarToken } from "@/lib/server/calendar/regenerate-calendar-token";
import { localInputToUtc } from "@/lib/schedule/zoned";
import { createApplication, createContact, createFollowUp, createInterview, createUser } from "../factories";
import { db } from "../support/db";

function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  for (const zone of calendar.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(zone);
  return calendar.getAllSubcomponents("vevent").map((vevent) => new ICAL.Event(vevent));
}

async function userWithItems(timeZone: string) {
  const user = await createUser(db, { timeZone });
  const contact = await createContact(db, user.id, { name: "Hiro Ito" });
  const application = await createApplication(db, user.id, { role: "Platform Engineer" });
  const followUp = await createFollowUp(db, user.id, { title: "Check in with Hiro", contactId: contact.id, dueAt: localInputToUtc("2026-12-03T09:00", timeZone)! });
  const interview = await createInterview(db, user.id, application.id, { scheduledAt: localInputToUtc("2026-12-04T14:30", timeZone)!, durationMinutes: 45 });
  return { user, followUp, interview };
}

describe("the private ICS feed", () => {
  it("carries the user's follow-ups and interviews at the right moments, in the user's zone, and nobody else's", async () => {
    const { user, followUp, interview } = await userWithItems("America/New_York");
    const other = await userWithItems("Australia/Sydney");

    const events = parse((await calendarFeedForToken(user.calendarToken))!);
    const uids = events.map((event) => event.uid);
    expect(uids.sort()).toEqual([`follow-up-${followUp.id}@bridges`, `interview-${interview.id}@bridges`].sort());
    expect(uids.join()).not.toContain(other.followUp.id);
    expect(uids.join()).not.toContain(other.interview.id);

    const followUpEvent = events.find((event) => event.uid.startsWith("follow-up-"))!;
    expect(followUpEvent.summary).toBe("Follow up: Check in with Hiro");
    expect(followUpEvent.startDate.zone?.tzid).toBe("America/New_York");
    expect(followUpEvent.startDate.toString()).toBe("2026-12-03T09:00:00");
    expect(followUpEvent.startDate.toJSDate().toISOString()).toBe(followUp.dueAt.toISOString());
    expect(followUpEvent.description).toContain("Hiro Ito");

    const interviewEvent = events.find((event) => event.uid.startsWith("interview-"))!;
    expect(interviewEvent.startDate.toJSDate().toISOString()).toBe(interview.scheduledAt.toISOString());
    expect(interviewEvent.endDate.toJSDate().getTime() - interview.scheduledAt.getTime()).toBe(45 * 60_000);
  });

  it("places events right across a DST change (the zone's VTIMEZONE is included)", async () => {
    const zone = "Europe/London";
    const user = await createUser(db, { timeZone: zone });
    const summer = await createFollowUp(db, user.id, { title: "Summer", dueAt: localInputToUtc("2027-07-01T09:00", zone)! });
    const winter = await createFollowUp(db, user.id, { title: "Winter", dueAt: localInputToUtc("2027-01-10T09:00", zone)! });
    const events = parse((await calendarFeedForToken(user.calendarToken))!);
    for (const row of [summer, winter]) {
      const event = events.find((candidate) => candidate.summary === `Follow up: ${row.title}`)!;
      expect(event.startDate.toString()).toMatch(/T09:00:00$/);
      expect(event.startDate.toJSDate().toISOString()).toBe(row.dueAt.toISOString());
    }
  });

  it("answers 404 for a wrong token, and for the old token once regenerated", async () => {
    const { user } = await userWithItems("UTC");
    const request = new Request("http://localhost/");
    const get = (token: string) => feedRoute(request, { params: Promise.resolve({ token }) });

    expect((await get(`${user.calendarToken}.ics`)).status).toBe(200);
    expect((await get(`${user.calendarToken}.ics`)).headers.get("content-type")).toContain("text/calendar");
    expect((await get("not-a-real-token-at-all.ics")).status).toBe(404);
    expect((await get(user.calendarToken)).status).toBe(404);
    expect((await get("' OR 1=1 --.ics")).status).toBe(404);

    const fresh = await regenerateCalendarToken(user.id);
    expect(fresh).not.toBe(user.calendarToken);
    expect((await get(`${user.calendarToken}.ics`)).status).toBe(404);
    expect((await get(`${fresh}.ics`)).status).toBe(200);
  });
});

describe("single-item .ics downloads", () => {
  it("give one event for the owner's follow-up or interview, and nothing for another user's", async () => {
    const { user, followUp, interview } = await userWithItems("Australia/Sydney");
    const intruder = await createUser(db);

    const [followUpEvent] = parse((await followUpIcs(user.id, followUp.id))!);
    expect(followUpEvent!.uid).toBe(`follow-up-${followUp.id}@bridges`);
    expect(followUpEvent!.startDate.zone?.tzid).toBe("Australia/Sydney");
    const [interviewEvent] = parse((await interviewIcs(user.id, interview.id))!);
    expect(interviewEvent!.startDate.toJSDate().toISOString()).toBe(interview.scheduledAt.toISOString());

    expect(await followUpIcs(intruder.id, followUp.id)).toBeNull();
    expect(await interviewIcs(intruder.id, interview.id)).toBeNull();
  });
});

/** node-ical's reading of a file: its events. */
const nodeIcalEvents = (ics: string) =>
  Object.values(nodeIcal.sync.parseICS(ics)).filter((component): component is nodeIcal.VEvent => component?.type === "VEVENT");

describe("the feed read by two independent parsers (ical.js and node-ical)", () => {
  async function feedWithRepeatingFollowUp() {
    const zone = "America/New_York";
    const user = await createUser(db, { timeZone: zone });
    // Every 14 days at 09:00 New York time, starting two weeks before the clocks go forward.
    const followUp = await createFollowUp(db, user.id, { title: "Keep in touch with Hiro", dueAt: localInputToUtc("2027-03-01T09:00", zone)!, cadenceDays: 14 });
    const oneOff = await createFollowUp(db, user.id, { title: "Send the portfolio", dueAt: localInputToUtc("2027-03-02T10:00", zone)! });
    return { ics: (await calendarFeedForToken(user.calendarToken))!, followUp, oneOff };
  }

  it("stamps every event in UTC with Z, as RFC 5545 requires, and both parsers agree on each start", async () => {
    const { ics, followUp, oneOff } = await feedWithRepeatingFollowUp();
    const stamps = ics.split("\r\n").filter((line) => line.startsWith("DTSTAMP"));
    expect(stamps).toHaveLength(2);
    for (const stamp of stamps) expect(stamp).toMatch(/^DTSTAMP:\d{8}T\d{6}Z$/);
    // Every local time names its zone, whose VTIMEZONE is in the file.
    for (const line of ics.split("\r\n").filter((candidate) => /^DT(START|END)/.test(candidate) && !candidate.endsWith("Z"))) {
      if (line.includes("TZID=")) expect(line).toContain("TZID=America/New_York:");
    }
    expect(ics).toContain("BEGIN:VTIMEZONE\r\nTZID:America/New_York");

    const byIcalJs = parse(ics);
    const byNodeIcal = nodeIcalEvents(ics);
    for (const row of [followUp, oneOff]) {
      const uid = `follow-up-${row.id}@bridges`;
      const icalJsEvent = byIcalJs.find((event) => event.uid === uid)!;
      const nodeIcalEvent = byNodeIcal.find((event) => event.uid === uid)!;
      expect(icalJsEvent.startDate.toJSDate().toISOString()).toBe(row.dueAt.toISOString());
      expect(new Date(nodeIcalEvent.start).toISOString()).toBe(row.dueAt.toISOString());
      expect(Math.abs(new Date(nodeIcalEvent.dtstamp).getTime() - Date.now())).toBeLessThan(60_000);
    }
  });

  it("repeats a follow-up with a cadence (RRULE), on the same wall-clock time across DST, and not a one-off", async () => {
    const { ics, followUp, oneOff } = await feedWithRepeatingFollowUp();
    // 2027-03-01 and 03-15 at 09:00 in New York: 14:00 UTC, then 13:00 UTC after the clocks moved.
    const expected = ["2027-03-01T14:00:00.000Z", "2027-03-15T13:00:00.000Z", "2027-03-29T13:00:00.000Z"];

    const icalJsEvent = parse(ics).find((event) => event.uid === `follow-up-${followUp.id}@bridges`)!;
    expect(icalJsEvent.isRecurring()).toBe(true);
    const iterator = icalJsEvent.iterator();
    expect(expected.map(() => iterator.next()!.toJSDate().toISOString())).toEqual(expected);

    const events = nodeIcalEvents(ics);
    const nodeIcalEvent = events.find((event) => event.uid === `follow-up-${followUp.id}@bridges`)!;
    expect(nodeIcalEvent.rrule).toBeDefined();
    const occurrences = nodeIcal.expandRecurringEvent(nodeIcalEvent, { from: new Date("2027-02-28T00:00:00Z"), to: new Date("2027-03-30T00:00:00Z") });
    expect(occurrences.map((occurrence) => new Date(occurrence.start).toISOString())).toEqual(expected);

    expect(events.find((event) => event.uid === `follow-up-${oneOff.id}@bridges`)!.rrule).toBeUndefined();
    expect(parse(ics).find((event) => event.uid === `follow-up-${oneOff.id}@bridges`)!.isRecurring()).toBe(false);
  });
});
