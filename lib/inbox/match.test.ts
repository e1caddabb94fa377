import { describe, expect, it } from "vitest";
import { companyKey, domainLabel, matchApplication, requisitionIds, type MatchableApplication } from "./match";

const app = (id: string, company: string, role: string, extra: Partial<MatchableApplication> = {}): MatchableApplication => ({
  id,
  role,
  company: { name: company, website: null },
  postingUrl: null,
  ...extra,
});

describe("companyKey", () => {
  it.each([
    ["Lumen Labs, Inc.", "lumen labs"],
    ["Nordwind GmbH & Co. KG", "nordwind"],
    ["Brücke Software GmbH", "brucke software"],
    ["Atelier Céleste SAS", "atelier celeste"],
    ["Soluciones Río S.L.", "soluciones rio"],
    ["Cobalt & Pine LLC", "cobalt and pine"],
  ])("%s → %s", (name, key) => expect(companyKey(name)).toBe(key));
});

it("domainLabel reads the registrable label", () => {
  expect(domainLabel("careers.lumen-labs.co.uk")).toBe("lumenlabs");
  expect(domainLabel("lumenlabs.io")).toBe("lumenlabs");
});

it("requisitionIds finds the usual forms", () => {
  expect(requisitionIds("Data Engineer (Req ID: R-10442)")).toEqual(["R-10442"]);
  expect(requisitionIds("Financial Analyst (JR-20931), Requisition 2025-4471")).toEqual(["JR-20931", "2025-4471"]);
});

describe("matchApplication", () => {
  const applications = [
    app("lumen-pa", "Lumen Labs, Inc.", "Product Analyst"),
    app("lumen-ds", "Lumen Labs, Inc.", "Data Scientist"),
    app("celeste", "Atelier Céleste SAS", "Chef de projet digital"),
    app("bright", "Brightpath", "Financial Analyst", { notes: "Workday JR-20931" }),
    app("bright-2", "Brightpath", "Senior Financial Analyst"),
  ];

  it("matches an ATS message by the display name and the role in the subject", () => {
    const result = matchApplication(
      { from: { address: "no-reply@us.greenhouse-mail.io", name: "Lumen Labs Recruiting" }, subject: "Your Product Analyst application", text: "" },
      applications,
    );
    expect(result).toEqual({ kind: "matched", applicationId: "lumen-pa", reasons: ["the sender's name", "the role in the subject"] });
  });

  it("matches company mail by its domain, accents and legal suffixes folded", () => {
    const result = matchApplication({ from: { address: "nina@atelier-celeste.fr", name: "Nina Roche" }, subject: "Entretien", text: "Bonjour" }, applications);
    expect(result).toMatchObject({ kind: "matched", applicationId: "celeste" });
  });

  it("chooses by requisition id between two roles at one company", () => {
    const result = matchApplication({ from: { address: "brightpath@myworkday.com", name: "Brightpath Careers" }, subject: "Your application (JR-20931)", text: "" }, applications);
    expect(result).toMatchObject({ kind: "matched", applicationId: "bright" });
  });

  it("asks when two applications fit equally", () => {
    const result = matchApplication({ from: { address: "no-reply@ashbyhq.com", name: "Lumen Labs" }, subject: "Schedule your interview", text: "Pick a time." }, applications);
    expect(result).toMatchObject({ kind: "ambiguous", applicationIds: ["lumen-pa", "lumen-ds"] });
  });

  it("proposes the company and role to create when nothing fits", () => {
    const result = matchApplication(
      { from: { address: "no-reply@hire.lever.co", name: "Orca Systems" }, subject: "Thanks for applying", text: "Thank you for applying to the Backend Engineer position (Req ID: R-2231)." },
      applications,
    );
    expect(result).toEqual({ kind: "none", company: "Orca Systems", role: "Backend Engineer", requisitionId: "R-2231" });
  });

  it("reads the company from a person's signature", () => {
    const result = matchApplication(
      { from: { address: "jane.park@lumenlabs.io", name: "Jane Park" }, subject: "Data Scientist role", text: "Hi Alex,\n\nThanks.\n\nJane Park\nHead of Data, Lumen Labs\n" },
      [],
    );
    expect(result).toMatchObject({ kind: "none", company: "Lumen Labs" });
  });

  it("does not take a company named only in passing in the body", () => {
    const result = matchApplication({ from: { address: "ben@example.net", name: "Ben" }, subject: "Coffee", text: "I know someone at Lumen Labs." }, applications);
    expect(result.kind).toBe("none");
  });
});
