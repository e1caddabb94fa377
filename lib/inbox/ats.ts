// The applicant tracking systems whose mail Bridges recognises, by the domains they send from
// and the footer they leave. "Company mail" is everything else written by a person or a company.

export const ATS_NAMES = [
  "Greenhouse",
  "Lever",
  "Ashby",
  "Workday",
  "SmartRecruiters",
  "iCIMS",
  "Workable",
  "Teamtailor",
  "Personio",
  "BambooHR",
  "Recruitee",
  "Jobvite",
] as const;
export type AtsName = (typeof ATS_NAMES)[number];

const ATS_DOMAINS: Record<AtsName, string[]> = {
  Greenhouse: ["greenhouse.io", "greenhouse-mail.io"],
  Lever: ["lever.co"],
  Ashby: ["ashbyhq.com"],
  Workday: ["myworkday.com", "workday.com"],
  SmartRecruiters: ["smartrecruiters.com"],
  iCIMS: ["icims.com"],
  Workable: ["workable.com", "workablemail.com"],
  Teamtailor: ["teamtailor.com", "teamtailor-mail.com"],
  Personio: ["personio.de", "personio.com"],
  BambooHR: ["bamboohr.com"],
  Recruitee: ["recruitee.com", "recruiteemail.com"],
  Jobvite: ["jobvite.com"],
};

// Job boards and networks: their mail is about jobs but is never the employer's decision.
const JOB_BOARD_DOMAINS = [
  "linkedin.com",
  "indeed.com",
  "glassdoor.com",
  "xing.com",
  "stepstone.de",
  "stepstone.com",
  "monster.com",
  "welcometothejungle.com",
  "infojobs.net",
  "ziprecruiter.com",
  "wellfound.com",
  "otta.com",
];

const FREEMAIL_DOMAINS = ["gmail.com", "googlemail.com", "outlook.com", "hotmail.com", "yahoo.com", "icloud.com", "gmx.de", "gmx.net", "web.de", "proton.me", "protonmail.com", "orange.fr", "free.fr", "aol.com", "live.com"];

export function domainOf(address: string | null | undefined): string {
  const at = address?.lastIndexOf("@") ?? -1;
  return at >= 0 ? address!.slice(at + 1).toLowerCase().replace(/\.$/, "") : "";
}

function isUnder(domain: string, parent: string) {
  return domain === parent || domain.endsWith(`.${parent}`);
}

/** The ATS a sender domain belongs to (sub-domains included), or null. */
export function atsOfDomain(domain: string): AtsName | null {
  for (const name of ATS_NAMES) if (ATS_DOMAINS[name].some((parent) => isUnder(domain, parent))) return name;
  return null;
}

/** The ATS of a message: its sender or reply-to domain, else an ATS link or footer in the body. */
export function detectAts(domains: string[], foldedBody: string): AtsName | null {
  for (const domain of domains) {
    const ats = atsOfDomain(domain);
    if (ats) return ats;
  }
  for (const name of ATS_NAMES) {
    if (ATS_DOMAINS[name].some((parent) => foldedBody.includes(parent))) return name;
    if (foldedBody.includes(`powered by ${name.toLowerCase()}`)) return name;
  }
  return null;
}

export function isJobBoardDomain(domain: string): boolean {
  return JOB_BOARD_DOMAINS.some((parent) => isUnder(domain, parent));
}

export function isFreemailDomain(domain: string): boolean {
  return FREEMAIL_DOMAINS.includes(domain);
}
