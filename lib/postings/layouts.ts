import type { HTMLElement } from "node-html-parser";

// Known job-board page layouts, read when a page has no JobPosting JSON-LD (or leaves fields
// out). Each names the hosts it serves and the selectors of each field, tried in order.

export type LayoutField = "title" | "company" | "location" | "workMode" | "salary" | "employmentType" | "description";

export type Layout = {
  name: string;
  hosts: RegExp;
  /** An element only this layout has, for pages saved or proxied under another host. */
  marker: string;
  fields: Partial<Record<LayoutField, string[]>>;
  /** A company read from the address when the page does not name it (e.g. acme.jobs.personio.de). */
  companyFromHost?: (host: string) => string | null;
};

const LEGAL_FORMS: Record<string, string> = { gmbh: "GmbH", ag: "AG", se: "SE", kg: "KG", ltd: "Ltd", inc: "Inc", sa: "SA", sas: "SAS", bv: "BV" };
const titleCase = (slug: string) =>
  slug
    .split(/[-_]/)
    .filter(Boolean)
    .map((word) => LEGAL_FORMS[word.toLowerCase()] ?? word[0]!.toUpperCase() + word.slice(1))
    .join(" ");

export const LAYOUTS: Layout[] = [
  {
    name: "greenhouse",
    hosts: /(^|\.)greenhouse\.io$/,
    marker: "#app_body, .job__title, #grnhse_app",
    fields: {
      title: [".job__title h1", "h1.app-title", ".app-title"],
      company: [".company-name"],
      location: [".job__location", ".location"],
      description: [".job__description", "#content"],
    },
    companyFromHost: () => null,
  },
  {
    name: "lever",
    hosts: /(^|\.)lever\.co$/,
    marker: ".posting-headline",
    fields: {
      title: [".posting-headline h2"],
      company: [".main-header-logo img[alt]"],
      location: [".posting-categories .location", ".posting-categories .sort-by-time"],
      workMode: [".posting-categories .workplaceTypes"],
      employmentType: [".posting-categories .commitment"],
      salary: [".posting-requirements .salary-range", "[data-qa='salary-range']"],
      description: ["[data-qa='job-description']", ".posting-page .section-wrapper .section"],
    },
    companyFromHost: () => null,
  },
  {
    name: "ashby",
    hosts: /(^|\.)ashbyhq\.com$/,
    marker: ".ashby-job-posting-heading",
    fields: {
      title: ["h1.ashby-job-posting-heading"],
      location: ["[data-field='location'] p"],
      workMode: ["[data-field='locationType'] p"],
      employmentType: ["[data-field='employmentType'] p"],
      salary: ["[data-field='compensation'] p"],
      description: [".ashby-job-posting-description", "#overview"],
    },
  },
  {
    name: "workday",
    hosts: /(^|\.)myworkdayjobs\.com$/,
    marker: "[data-automation-id='jobPostingHeader']",
    fields: {
      title: ["[data-automation-id='jobPostingHeader']"],
      location: ["[data-automation-id='locations'] dd"],
      workMode: ["[data-automation-id='remoteType'] dd"],
      employmentType: ["[data-automation-id='time'] dd"],
      description: ["[data-automation-id='jobPostingDescription']"],
    },
    // acme.wd5.myworkdayjobs.com
    companyFromHost: (host) => titleCase(host.split(".")[0] ?? ""),
  },
  {
    name: "linkedin",
    hosts: /(^|\.)linkedin\.com$/,
    marker: ".top-card-layout__title, .topcard__title",
    fields: {
      title: [".top-card-layout__title", ".topcard__title"],
      company: [".topcard__org-name-link", ".topcard__flavor a"],
      location: [".topcard__flavor--bullet"],
      salary: [".compensation__salary", ".salary.compensation__salary"],
      employmentType: [".description__job-criteria-item:nth-child(2) .description__job-criteria-text"],
      description: [".show-more-less-html__markup", ".description__text"],
    },
  },
  {
    name: "indeed",
    hosts: /(^|\.)indeed\.[a-z.]+$/,
    marker: "#jobDescriptionText",
    fields: {
      title: ["[data-testid='jobsearch-JobInfoHeader-title']", "h1.jobsearch-JobInfoHeader-title"],
      company: ["[data-testid='inlineHeader-companyName']", "[data-company-name='true']"],
      location: ["[data-testid='inlineHeader-companyLocation']", "[data-testid='job-location']"],
      salary: ["#salaryInfoAndJobType .css-salary", "[data-testid='jobsearch-OtherJobDetailsContainer'] .salary"],
      employmentType: ["#salaryInfoAndJobType .css-jobtype"],
      description: ["#jobDescriptionText"],
    },
  },
  {
    name: "welcome-to-the-jungle",
    hosts: /(^|\.)welcometothejungle\.com$/,
    marker: "[data-testid='job-metadata-block']",
    fields: {
      title: ["[data-testid='job-metadata-block'] h2", "h1"],
      company: ["[data-testid='job-metadata-block'] a[href*='/companies/'] span", "[data-testid='job-metadata-block'] a[href*='/companies/']"],
      location: ["[data-testid='job-metadata-block'] [data-icon='location'] + span"],
      employmentType: ["[data-testid='job-metadata-block'] [data-icon='contract'] + span"],
      workMode: ["[data-testid='job-metadata-block'] [data-icon='remote'] + span"],
      salary: ["[data-testid='job-metadata-block'] [data-icon='salary'] + span"],
      description: ["[data-testid='job-section-description']"],
    },
  },
  {
    name: "personio",
    hosts: /(^|\.)jobs\.personio\.(de|com)$/,
    marker: ".job-details, [data-test-id='job-description']",
    fields: {
      title: [".job-details h1", "h1"],
      location: [".job-details .job-location"],
      employmentType: [".job-details .job-schedule"],
      description: [".job-details .job-description", "[data-test-id='job-description']"],
    },
    // acme-gmbh.jobs.personio.de
    companyFromHost: (host) => titleCase(host.split(".")[0] ?? ""),
  },
];

export function layoutFor(host: string | null, root: HTMLElement): Layout | null {
  return (host ? LAYOUTS.find((layout) => layout.hosts.test(host)) : undefined) ?? LAYOUTS.find((layout) => root.querySelector(layout.marker)) ?? null;
}
