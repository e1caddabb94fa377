// A VTIMEZONE block for any IANA zone, built from the runtime's own zone data (no zone
// database package needed), so calendar apps place events at the right local time.
import { tzOffset, tzScan } from "@date-fns/tz";

const pad = (value: number) => String(Math.abs(value)).padStart(2, "0");
const offsetText = (minutes: number) => `${minutes < 0 ? "-" : "+"}${pad(Math.trunc(minutes / 60))}${pad(minutes % 60)}`;

function localStamp(instant: Date, offsetMinutes: number) {
  const wall = new Date(instant.getTime() + offsetMinutes * 60_000);
  return `${wall.getUTCFullYear()}${pad(wall.getUTCMonth() + 1)}${pad(wall.getUTCDate())}T${pad(wall.getUTCHours())}${pad(wall.getUTCMinutes())}${pad(wall.getUTCSeconds())}`;
}

/** Transitions from a year before `around` to three years after it, each as its own observance. */
export function vtimezone(timeZone: string, around = new Date()): string {
  const start = new Date(Date.UTC(around.getUTCFullYear() - 1, 0, 1));
  const end = new Date(Date.UTC(around.getUTCFullYear() + 3, 0, 1));
  const changes = tzScan(timeZone, { start, end });
  const lines = ["BEGIN:VTIMEZONE", `TZID:${timeZone}`];
  if (changes.length === 0) {
    const offset = tzOffset(timeZone, around);
    lines.push("BEGIN:STANDARD", "DTSTART:19700101T000000", `TZOFFSETFROM:${offsetText(offset)}`, `TZOFFSETTO:${offsetText(offset)}`, "END:STANDARD");
  }
  for (const change of changes) {
    const from = change.offset - change.change;
    const kind = change.change > 0 ? "DAYLIGHT" : "STANDARD";
    lines.push(
      `BEGIN:${kind}`,
      // DTSTART is the wall-clock moment of the change, read in the offset in force before it.
      `DTSTART:${localStamp(change.date, from)}`,
      `TZOFFSETFROM:${offsetText(from)}`,
      `TZOFFSETTO:${offsetText(change.offset)}`,
      `END:${kind}`,
    );
  }
  lines.push("END:VTIMEZONE");
  return lines.join("\r\n");
}
