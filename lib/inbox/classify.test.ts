import { describe, expect, it } from "vitest";
import { readCorpus } from "@/tests/fixtures/mail/corpus";
import { classify, feedbackSentences, MAIL_KINDS, type ClassifiableMail } from "./classify";

const mail = (overrides: Partial<ClassifiableMail>): ClassifiableMail => ({
  from: { address: "no-reply@us.greenhouse-mail.io", name: "Lumen Labs Recruiting" },
  subject: "Your application",
  text: "",
  ...overrides,
});

describe("classify on the labelled corpus", async () => {
  const corpus = await readCorpus();

  it("holds at least 80 messages across every class, language and ATS", () => {
    expect(corpus.length).toBeGreaterThanOrEqual(80);
    expect(new Set(corpus.map((entry) => entry.label.kind))).toEqual(new Set(MAIL_KINDS));
    expect(new Set(corpus.map((entry) => entry.label.language))).toEqual(new Set(["en", "de", "fr", "es"]));
    expect(new Set(corpus.map((entry) => entry.label.ats)).size).toBe(13);
  });

  it("meets the targets: rejection precision ≥ 0.98 and recall ≥ 0.90, every class recall ≥ 0.85", () => {
    const results = corpus.map(({ label, email }) => ({ expected: label.kind, actual: classify(email).kind }));
    const calledRejection = results.filter((result) => result.actual === "rejection");
    expect(calledRejection.filter((result) => result.expected === "rejection").length / calledRejection.length).toBeGreaterThanOrEqual(0.98);
    for (const kind of MAIL_KINDS) {
      const labelled = results.filter((result) => result.expected === kind);
      const recall = labelled.filter((result) => result.actual === kind).length / labelled.length;
      expect(recall, kind).toBeGreaterThanOrEqual(kind === "rejection" ? 0.9 : 0.85);
    }
  });

  it("never calls a hard negative a rejection", () => {
    for (const { file, label, email } of corpus) {
      if (label.kind !== "rejection") expect(classify(email).kind, file).not.toBe("rejection");
    }
  });
});

describe("classify", () => {
  it("names the ATS and the rule that decided, with the sentence it read", () => {
    const result = classify(mail({ text: "Hi Alex,\n\nAfter careful consideration, we have decided to move forward with other candidates.\n" }));
    expect(result).toMatchObject({ kind: "rejection", ats: "Greenhouse", rule: { id: "rejection.en.other-candidates" } });
    expect(result.evidence).toBe("After careful consideration, we have decided to move forward with other candidates.");
  });

  it("reads a positive “moving forward with your application” as no rejection", () => {
    expect(classify(mail({ text: "Good news! We are moving forward with your application." })).kind).toBe("other");
  });

  it("ignores a lone “unfortunately” and conditionals about not hearing back", () => {
    expect(classify(mail({ text: "Unfortunately, we cannot reply to everyone." })).kind).toBe("other");
    expect(classify(mail({ text: "If you do not hear from us within 3 weeks, your application was unsuccessful." })).kind).toBe("other");
  });

  it("stops at auto-replies, bulk mail and job boards before reading any phrase", () => {
    const rejection = "We have decided to move forward with other candidates.";
    const company = { address: "hr@kestrel.example", name: "Kestrel" };
    expect(classify(mail({ from: company, text: rejection, headers: { "auto-submitted": "auto-replied" } })).rule.id).toBe("gate.auto-reply");
    expect(classify(mail({ from: company, text: rejection, headers: { "list-unsubscribe": "<mailto:u@kestrel.example>" } })).rule.id).toBe("gate.bulk");
    expect(classify(mail({ from: { address: "jobs-noreply@linkedin.com", name: "LinkedIn" }, text: rejection })).rule.id).toBe("gate.job-board");
    expect(classify(mail({ from: { address: "friend@gmail.com", name: "Chris" }, text: rejection })).rule.id).toBe("gate.personal-sender");
  });

  it("does not read what a reply quotes", () => {
    const text = "Thanks for letting me know!\n\nOn Tue, 2 Dec 2025 at 09:14, Lumen Labs <x@lumen.example> wrote:\n> we have decided to move forward with other candidates.";
    expect(classify(mail({ from: { address: "hr@lumen.example", name: "Lumen" }, text })).kind).toBe("other");
  });

  it("prefers a rejection to the thanks for applying in the same message", () => {
    expect(classify(mail({ text: "Thank you for applying. Unfortunately, we will not be moving forward with your application." })).kind).toBe("rejection");
  });

  it("does not call “unable to offer you” an offer", () => {
    expect(classify(mail({ from: { address: "lena@tidewater.example", name: "Lena" }, text: "We are unable to offer you the position." })).kind).toBe("rejection");
  });
});

describe("feedbackSentences", () => {
  it("keeps the sentences that give feedback, not the courtesies", () => {
    const text =
      "Thank you for your time.\n\nWe decided to move forward with other candidates.\n\nThe panel was impressed by your SQL case study, and we felt the role needs deeper experience with experimentation platforms.\n\nWe wish you the best.";
    expect(feedbackSentences(text)).toBe("The panel was impressed by your SQL case study, and we felt the role needs deeper experience with experimentation platforms.");
  });

  it("is empty when there is none", () => {
    expect(feedbackSentences("We regret to inform you that you have not been selected.")).toBe("");
  });
});
