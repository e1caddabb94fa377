import { describe, expect, it } from "vitest";
import { BUILT_IN_TEMPLATES } from "./built-in-templates";
import { detailFromNotes, firstNameOf, interviewDateText, rejectionLetterValues, type RejectionLetterFacts } from "./letter-values";
import { renderLetter } from "./render-template";

describe("firstNameOf", () => {
  it.each([
    ["Dana Smith", "Dana"],
    ["  Dr. Amara Okafor ", "Amara"],
    ["Ms Jo", "Jo"],
    ["Chloé", "Chloé"],
    ["dana@example.com", null],
    ["", null],
    [null, null],
  ])("%j → %j", (name, expected) => {
    expect(firstNameOf(name)).toBe(expected);
  });
});

describe("detailFromNotes", () => {
  it("prefers a sentence about the recipient and addresses them in it", () => {
    const notes = "Long day. Dana asked how I would shard the billing data! Ravi talked about on-call.";
    expect(detailFromNotes(notes, "Dana Smith", { onlyInterviewer: false })).toBe("you asked how I would shard the billing data");
    expect(detailFromNotes("- I loved Dana Smith's story about the 2019 outage", "Dana Smith", { onlyInterviewer: false })).toBe(
      "I loved your story about the 2019 outage",
    );
  });

  it("uses the first sentence only when the recipient was the only interviewer", () => {
    const notes = "We went deep on accessibility in design systems.\nGood coffee.";
    expect(detailFromNotes(notes, "Dana Smith", { onlyInterviewer: true })).toBe("We went deep on accessibility in design systems");
    expect(detailFromNotes(notes, "Dana Smith", { onlyInterviewer: false })).toBeNull();
  });

  it("never quotes an unflattering or private note", () => {
    expect(detailFromNotes("Dana seemed bored. Dana asked about salary expectations.", "Dana Smith", { onlyInterviewer: true })).toBeNull();
    expect(detailFromNotes("Dana was not convinced by my answer", "Dana Smith", { onlyInterviewer: true })).toBeNull();
  });

  it("does not match a name inside another word", () => {
    expect(detailFromNotes("Danae explained the roadmap in detail", "Dana", { onlyInterviewer: false })).toBeNull();
  });

  it("returns nothing for empty notes", () => {
    expect(detailFromNotes("   ", "Dana", { onlyInterviewer: true })).toBeNull();
    expect(detailFromNotes(null, "Dana", { onlyInterviewer: true })).toBeNull();
  });
});

describe("interviewDateText", () => {
  it("names the day in the user's time zone", () => {
    const lateEvening = new Date("2026-11-12T23:30:00Z");
    expect(interviewDateText(lateEvening, "Europe/London")).toBe("12 November");
    expect(interviewDateText(lateEvening, "Australia/Sydney")).toBe("13 November");
    expect(interviewDateText(lateEvening, "America/Los_Angeles")).toBe("12 November");
  });
});

describe("rejectionLetterValues", () => {
  const facts: RejectionLetterFacts = {
    recipientName: "Dana Smith",
    company: "Northwind Labs",
    role: "Product Engineer",
    senderName: "Alex Morgan",
    timeZone: "Europe/London",
    rejection: { stageReached: "interview", closeSecond: true, renewedInterest: true, keepOnFile: false, feedback: "  " },
    interview: { scheduledAt: new Date("2026-11-12T10:00:00Z"), kind: "technical", notes: "Dana asked about our caching strategy.", interviewerCount: 2 },
  };

  it("turns the recorded facts into a letter to the interviewer that names her, the company and the role", () => {
    const values = rejectionLetterValues(facts);
    expect(values).toMatchObject({ firstName: "Dana", interviewed: true, interviewDate: "12 November", finalist: true, feedback: false });
    const { subject, body } = renderLetter(BUILT_IN_TEMPLATES.rejection_thank_you, values);
    expect(subject).toContain("Dana");
    expect(body).toContain("Dear Dana,");
    expect(body).toContain("Product Engineer role at Northwind Labs");
    expect(body).toContain("you asked about our caching strategy");
  });

  it("writes to a sender without an interview as someone who was not met", () => {
    const values = rejectionLetterValues({ ...facts, recipientName: null, interview: null, rejection: { ...facts.rejection, closeSecond: false } });
    expect(values).toMatchObject({ firstName: null, interviewed: false, detail: null, finalist: false });
    expect(renderLetter(BUILT_IN_TEMPLATES.rejection_thank_you, values).body.startsWith("Hello,")).toBe(true);
  });
});
