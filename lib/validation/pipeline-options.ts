// The pipeline's choices and their labels, free of zod so that client components (forms, the
// board) can import them without shipping the validation library to the browser.

export const APPLICATION_STATUSES = [
  "wishlist",
  "applied",
  "screening",
  "interviewing",
  "offer",
  "accepted",
  "rejected",
  "withdrawn",
  "ghosted",
] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

export const STATUS_LABELS: Record<ApplicationStatus, string> = {
  wishlist: "Wishlist",
  applied: "Applied",
  screening: "Screening",
  interviewing: "Interviewing",
  offer: "Offer",
  accepted: "Accepted",
  rejected: "Rejected",
  withdrawn: "Withdrawn",
  ghosted: "Ghosted",
};

export const WORK_MODES = ["onsite", "hybrid", "remote"] as const;
export const WORK_MODE_LABELS: Record<(typeof WORK_MODES)[number], string> = { onsite: "On site", hybrid: "Hybrid", remote: "Remote" };

export const PRIORITY_LABELS: Record<number, string> = { 1: "High", 2: "Normal", 3: "Low" };

export const CONTACT_ROLES = ["recruiter", "hiring_manager", "interviewer", "referrer", "peer", "reference", "other"] as const;
export type ContactRole = (typeof CONTACT_ROLES)[number];

export const CONTACT_ROLE_LABELS: Record<ContactRole, string> = {
  recruiter: "Recruiter",
  hiring_manager: "Hiring manager",
  interviewer: "Interviewer",
  referrer: "Referrer",
  peer: "Peer",
  reference: "Reference",
  other: "Other",
};

/** Keep-in-touch cadence when the user sets none: closer relationships get shorter cycles. */
export const DEFAULT_CADENCE_DAYS: Record<ContactRole, number | null> = {
  recruiter: 60,
  hiring_manager: 90,
  interviewer: 90,
  referrer: 30,
  peer: 60,
  reference: 90,
  other: null,
};

export const INTERVIEW_KINDS = ["phone_screen", "technical", "onsite", "panel", "final", "other"] as const;
export const INTERVIEW_KIND_LABELS: Record<(typeof INTERVIEW_KINDS)[number], string> = {
  phone_screen: "Phone screen",
  technical: "Technical",
  onsite: "Onsite",
  panel: "Panel",
  final: "Final",
  other: "Other",
};

export const INTERVIEW_OUTCOMES = ["pending", "passed", "failed", "cancelled"] as const;
export const INTERVIEW_OUTCOME_LABELS: Record<(typeof INTERVIEW_OUTCOMES)[number], string> = {
  pending: "Pending",
  passed: "Passed",
  failed: "Not passed",
  cancelled: "Cancelled",
};
