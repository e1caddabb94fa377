import { expect, it } from "vitest";
import { interviewTimeIn } from "./times";

const sent = new Date("2025-12-02T09:00:00Z");

it.each([
  ["on Tuesday, 9 December 2025 at 10:00.", "2025-12-09T10:00"],
  ["Your interview is confirmed for Monday, 8 December 2025 at 14:00 CET", "2025-12-08T14:00"],
  ["How about December 11 at 3pm?", "2025-12-11T15:00"],
  ["am 4. Dezember um 11 Uhr", "2025-12-04T11:00"],
  ["le 5 décembre à 14h30", "2025-12-05T14:30"],
  ["el 3 de diciembre a las 10:00", "2025-12-03T10:00"],
  ["on 6 January at 9:30", "2026-01-06T09:30"],
])("%s → %s", (text, expected) => expect(interviewTimeIn(text, sent)).toBe(expected));

it("needs a time, not just a day", () => {
  expect(interviewTimeIn("We will decide by 9 December 2025.", sent)).toBeNull();
  expect(interviewTimeIn("Please reply by Friday.", sent)).toBeNull();
});
