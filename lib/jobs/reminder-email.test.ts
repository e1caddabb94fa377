import { describe, expect, it } from "vitest";
import { renderDigestEmail } from "./reminder-email";

const items = [{ followUpId: "f1", subject: "Reminder: Write to Sam", text: "Write to Sam\nDue today" }];

describe("the daily digest", () => {
  it("mentions the inbox's open proposals, with a link", () => {
    const digest = renderDigestEmail(items, "https://bridges.example", { openProposals: 3 });
    expect(digest.text).toContain("Your inbox has 3 open proposals to look at. https://bridges.example/inbox");
    expect(digest.html).toContain('<a href="https://bridges.example/inbox">Your inbox has 3 open proposals to look at.</a>');
    expect(renderDigestEmail(items, "https://bridges.example", { openProposals: 1 }).text).toContain("1 open proposal to look at.");
  });

  it("says nothing about the inbox when no proposal is open", () => {
    const digest = renderDigestEmail(items, "https://bridges.example");
    expect(digest.text).not.toContain("inbox");
    expect(digest.html).not.toContain("/inbox");
  });
});
