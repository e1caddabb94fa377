import { describe, expect, it } from "vitest";
import { interviewDateText, rejectionLetterValues, stageText, type RejectionLetterFacts } from "./letter-values";

describe("interviewDateText", () => {
  it("names the day in the user's time zone", () => {
    const lateEvening = new Date("2026-11-12T23:30:00Z");
    expect(interviewDateText(lateEvening, "Europe/London")).toBe("12 November");
    expect(interviewDateText(lateEvening, "Australia/Sydney")).toBe("13 November");
    expect(interviewDateText(lateEvening, "America/Los_Angeles")).toBe("12 November");
  });
});

describe("stageText", () => {
  it.each([
    ["final", null, "the final round"],
    ["interview", 2, "the second interview round"],
    ["interview", 9, "interview round 9"],
    ["screen", null, "the screening call"],
  ] as const)("%s %s → %s", (stage, round, expected) => {
    expect(stageText(stage, round)).toBe(expected);
  });
});

describe("rejectionLetterValues", () => {
  const facts: RejectionLetterFacts = {
    recipient: { name: "Dana Smith", addressAs: null },
    audience: "interviewer",
    credited: false,
    detail: "you asked about our caching strategy",
    company: "Northwind Labs",
    role: "Product Engineer",
    senderName: "Alex Morgan",
    timeZone: "Europe/London",
    rejection: { stageReached: "final", stageRound: null, closeSecond: true, renewedInterest: true, keepOnFile: true, feedback: "More system design depth" },
    interview: { scheduledAt: new Date("2026-11-12T10:00:00Z"), kind: "technical" },
  };

  it("thanks for feedback, the offer and the close call only the person who gave them", () => {
    expect(rejectionLetterValues(facts)).toMatchObject({ feedback: false, keepOnFile: false, closeSecond: false, finalist: true, stage: "the final round" });
    expect(rejectionLetterValues({ ...facts, credited: true })).toMatchObject({ feedback: true, keepOnFile: true, closeSecond: true });
  });

  it("greets by how to address them and carries the chosen line", () => {
    expect(rejectionLetterValues({ ...facts, recipient: { name: "Elizabeth Warren", addressAs: "Liz" } })).toMatchObject({ firstName: "Liz", detail: "you asked about our caching strategy" });
  });

  it("writes to a sender without an interview as someone who was not met", () => {
    expect(rejectionLetterValues({ ...facts, recipient: { name: null }, interview: null })).toMatchObject({ firstName: null, interviewed: false, interviewDate: null });
  });
});
