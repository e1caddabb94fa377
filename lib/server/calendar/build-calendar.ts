import { TZDate } from "@date-fns/tz";
import ical, { ICalEventRepeatingFreq, type ICalCalendar } from "ical-generator";
import { vtimezone } from "./vtimezone";

export type CalendarItem = {
  uid: string;
  start: Date;
  end: Date;
  summary: string;
  description?: string;
  url?: string;
  /** Repeats every this many days (a follow-up's cadence), on the same wall-clock time. */
  repeatEveryDays?: number;
};

const DOMAIN = "bridges";

/**
 * An ICS calendar whose events carry the user's zone: DTSTART / DTEND with its TZID (and the
 * zone's VTIMEZONE), so that a repeating event keeps its wall-clock time across DST; DTSTAMP in
 * UTC with `Z`, as RFC 5545 requires. (Naming the zone on the calendar itself would make
 * ical-generator write DTSTAMP as a local time without `Z`: only the events name it.)
 */
export function buildCalendar(name: string, timeZone: string, items: CalendarItem[]): ICalCalendar {
  const calendar = ical({
    name,
    prodId: { company: "Bridges", product: "Bridges", language: "EN" },
    timezone: { name: null, generator: (zone) => vtimezone(zone) },
    // Subscribed apps re-fetch the feed about this often.
    ttl: 60 * 30,
  });
  calendar.x("X-WR-TIMEZONE", timeZone);
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
      repeating: item.repeatEveryDays ? { freq: ICalEventRepeatingFreq.DAILY, interval: item.repeatEveryDays } : null,
    });
  }
  return calendar;
}
