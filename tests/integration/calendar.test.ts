import ICAL from "ical.js";
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
