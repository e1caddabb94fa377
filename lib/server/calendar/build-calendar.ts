import { TZDate } from "@date-fns/tz";
import ical, { type ICalCalendar } from "ical-generator";
import { vtimezone } from "./vtimezone";

export type CalendarItem = {
  uid: string;
  start: Date;
  end: Date;
  summary: string;
  description?: string;
  url?: string;
};

const DOMAIN = "bridges";

/** An ICS calendar whose events carry the user's zone (with its VTIMEZONE definition). */
export function buildCalendar(name: string, timeZone: string, items: CalendarItem[]): ICalCalendar {
  const calendar = ical({
    name,
    prodId: { company: "Bridges", product: "Bridges", language: "EN" },
    timezone: { name: timeZone, generator: (zone) => vtimezone(zone) },
    // Subscribed apps re-fetch the feed about this often.
    ttl: 60 * 30,
  });
  for (const item of items) {
    calendar.createEvent({
      id: `${item.uid}@${DOMAIN}`,
      // ical-generator writes a date's own wall clock next to the TZID: give it the zone's.
      start: new TZDate(item.start, timeZone),
      end: new TZDate(item.end, timeZone),
      timezone: timeZone,
      summary: item.summary,
      description: item.description,
      url: item.url,
    });
  }
  return calendar;
}
