// Which of the user's applications a message is about: the company by sender domain, display
// name, subject and signature (legal suffixes and accents folded), then the role and any
// requisition id to choose between that company's applications. Two that fit equally → ask;
// none → propose creating one, with the company and role read from the message.
import { atsOfDomain, domainOf, isFreemailDomain, isJobBoardDomain } from "./ats";
import { fold, withoutQuotedReply } from "./fold";

export type MatchableApplication = {
  id: string;
  role: string;
  company: { name: string; website: string | null };
  postingUrl: string | null;
  notes?: string | null;
  /** Contacts' e-mail addresses at this company (a recruiter who wrote before). */
  contactEmails?: string[];
};

export type MatchableMail = {
  from: { address: string | null; name: string | null };
  replyTo?: string | null;
  subject: string;
  text: string;
};

export type MatchResult =
  | { kind: "matched"; applicationId: string; reasons: string[] }
  | { kind: "ambiguous"; applicationIds: string[]; reasons: string[] }
  | { kind: "none"; company: string | null; role: string | null; requisitionId: string | null };

const LEGAL_SUFFIXES =
  /\b(gmbh & co\.? kg|gmbh|ggmbh|ag|se|kg|ohg|ug|e\.?v|inc|incorporated|llc|l\.l\.c|llp|ltd|limited|plc|corp|corporation|co|company|sas|sarl|sa|s\.a|s\.a\.s|sl|s\.l|slu|s\.l\.u|bv|b\.v|nv|n\.v|oy|ab|as|a\/s|aps|spa|s\.p\.a|srl|s\.r\.l|pty|pbc|group|holding|holdings|and|und)\.?$/;

/** A company name for comparing: folded, "&" as "and", legal suffixes and punctuation removed. */
export function companyKey(name: string): string {
  let key = fold(name).replace(/&/g, " and ").replace(/[,()"]/g, " ").replace(/\s+/g, " ").trim();
  for (let i = 0; i < 6; i++) {
    const stripped = key.replace(LEGAL_SUFFIXES, "").replace(/[\s,.-]+$/, "").trim();
    if (stripped === key || !stripped) break;
    key = stripped;
  }
  return key.replace(/[^a-z0-9 ]+/g, " ").replace(/\s+/g, " ").trim();
}

const compact = (key: string) => key.replace(/ /g, "");
/** The ways a company's name is written as one word in a domain: "cobaltandpine", "cobaltpine". */
const compactForms = (key: string) => [compact(key), compact(key.replace(/\b(and|und|et|y)\b/g, ""))];

/** The registrable label of a domain: "careers.lumen-labs.co.uk" → "lumenlabs". */
export function domainLabel(domain: string): string {
  const parts = domain.toLowerCase().split(".").filter(Boolean);
  if (parts.length < 2) return "";
  const secondLevel = parts.length >= 3 && /^(co|com|org|net|ac|gov|edu)$/.test(parts.at(-2) ?? "");
  return (parts.at(secondLevel ? -3 : -2) ?? "").replace(/-/g, "");
}

function hostOf(url: string | null): string {
  if (!url) return "";
  try {
    return new URL(url).hostname;
  } catch {
    return "";
  }
}

// Words ATS display names add to a company's name: "Lumen Labs Recruiting", "Careers at X".
const SENDER_NOISE =
  /\b(recruiting|recruitment|recruiter|hiring team|hiring|talent acquisition|talent team|talent|careers|career|jobs|people team|people|hr|human resources|team|notifications?|no-?reply|via \w+|karriere|personalabteilung|recrutement|equipe|seleccion|rrhh|reclutamiento|empleo)\b|^(careers|jobs|team|the) (at|of|@) /gi;

const REQUISITION = /\b(?:req(?:uisition)?(?: id| number| no\.?)?|job (?:id|requisition)|job req|requisition|ref(?:erence)?(?: no\.?| number)?)[\s:#.-]*([a-z]{0,4}-?\d{3,}[a-z0-9-]*)|\b(jr-?\d{4,}|r-?\d{4,}|\d{4}-\d{3,})\b/gi;

/** Requisition ids a message names ("Req ID: R-10442", "JR-20931", "(Requisition 2025-4471)"), upper case. */
export function requisitionIds(text: string): string[] {
  const found = new Set<string>();
  for (const match of text.matchAll(REQUISITION)) found.add((match[1] ?? match[2] ?? "").toUpperCase());
  return [...found];
}

function containsWords(haystack: string, needle: string): boolean {
  if (needle.length < 2) return false;
  const escaped = needle.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(^|[^a-z0-9])${escaped}($|[^a-z0-9])`).test(haystack);
}

type Scored = { application: MatchableApplication; company: number; role: number; reasons: string[] };

function scoreCompany(application: MatchableApplication, mail: MatchableMail, view: MailView): { score: number; reasons: string[] } {
  const key = companyKey(application.company.name);
  if (!key) return { score: 0, reasons: [] };
  const reasons: string[] = [];
  let score = 0;
  const websiteLabel = domainLabel(hostOf(application.company.website) || hostOf(application.postingUrl));
  const senderEmails = [mail.from.address, mail.replyTo].filter((value): value is string => Boolean(value)).map((value) => value.toLowerCase());
  if (application.contactEmails?.some((email) => senderEmails.includes(email.toLowerCase()))) {
    score += 4;
    reasons.push("the sender is one of your contacts there");
  }
  for (const label of view.employerDomainLabels) {
    if (label && (compactForms(key).includes(label) || label === websiteLabel || (label.length >= 4 && compact(key).startsWith(label)))) {
      score += 3;
      reasons.push("the sender's domain");
      break;
    }
  }
  if (containsWords(view.senderName, key) || (compact(key).length >= 4 && compact(view.senderName) === compact(key))) {
    score += 3;
    reasons.push("the sender's name");
  }
  if (containsWords(view.subject, key)) {
    score += 2;
    reasons.push("the subject");
  }
  if (containsWords(view.body, key)) {
    score += 1;
    reasons.push("the message");
  }
  return { score, reasons };
}

function scoreRole(application: MatchableApplication, view: MailView, requisitions: string[]): { score: number; reasons: string[] } {
  const reasons: string[] = [];
  let score = 0;
  const own = fold(`${application.postingUrl ?? ""} ${application.notes ?? ""} ${application.role}`).toUpperCase();
  if (requisitions.some((id) => own.includes(id))) {
    score += 4;
    reasons.push("the requisition id");
  }
  const role = companyKey(application.role);
  if (role && containsWords(view.subject, role)) {
    score += 3;
    reasons.push("the role in the subject");
  } else if (role && containsWords(view.body, role)) {
    score += 2;
    reasons.push("the role in the message");
  } else if (role) {
    // Most of the role's words ("Senior Product Analyst" vs "Product Analyst, Growth").
    const words = role.split(" ").filter((word) => word.length > 2);
    const present = words.filter((word) => containsWords(view.subject, word) || containsWords(view.body, word));
    if (words.length >= 2 && present.length / words.length >= 0.67) {
      score += 1;
      reasons.push("most words of the role");
    }
  }
  return { score, reasons };
}

type MailView = { senderName: string; subject: string; body: string; employerDomainLabels: string[] };

function viewOf(mail: MatchableMail): MailView {
  const domains = [domainOf(mail.from.address), domainOf(mail.replyTo)].filter(Boolean);
  // An ATS's or a mailbox provider's domain says nothing about the employer; a Workday or iCIMS
  // sender's local part often does ("lumenlabs@myworkday.com").
  const employerDomainLabels = domains.filter((domain) => !atsOfDomain(domain) && !isFreemailDomain(domain) && !isJobBoardDomain(domain)).map(domainLabel);
  const local = mail.from.address?.split("@")[0] ?? "";
  if (atsOfDomain(domainOf(mail.from.address)) && !/^(no-?reply|noreply|mail|notifications?|jobs|careers|talent|recruiting|do-?not-?reply)$/.test(local)) {
    employerDomainLabels.push(local.replace(/[^a-z0-9]/g, ""));
  }
  const ats = atsOfDomain(domainOf(mail.from.address));
  const subdomain = ats === "Personio" ? (domainOf(mail.from.address).split(".")[0] ?? "") : "";
  if (subdomain) employerDomainLabels.push(subdomain.replace(/-/g, ""));
  return {
    senderName: companyKey((mail.from.name ?? "").replace(SENDER_NOISE, " ")),
    subject: companyKey(mail.subject),
    body: fold(withoutQuotedReply(mail.text).slice(0, 20_000)).replace(/&/g, " and "),
    employerDomainLabels,
  };
}

/** Matches a message to one of `applications` (all the user's, or a short list by company). */
export function matchApplication(mail: MatchableMail, applications: MatchableApplication[]): MatchResult {
  const view = viewOf(mail);
  const requisitions = requisitionIds(`${mail.subject}\n${mail.text.slice(0, 20_000)}`);
  const scored: Scored[] = applications
    .map((application) => {
      const company = scoreCompany(application, mail, view);
      const role = company.score > 0 ? scoreRole(application, view, requisitions) : { score: 0, reasons: [] };
      return { application, company: company.score, role: role.score, reasons: [...company.reasons, ...role.reasons] };
    })
    // The body alone naming a company (a signature, a quoted line) needs the role to agree.
    .filter((entry) => entry.company >= 2 || (entry.company === 1 && entry.role >= 2));

  if (scored.length === 0) {
    return { kind: "none", company: guessCompany(mail, view), role: guessRole(mail), requisitionId: requisitions[0] ?? null };
  }
  const total = (entry: Scored) => entry.company + entry.role;
  scored.sort((a, b) => total(b) - total(a));
  const [first] = scored;
  const top = scored.filter((entry) => total(entry) === total(first!));
  if (top.length === 1) return { kind: "matched", applicationId: first!.application.id, reasons: first!.reasons };
  return { kind: "ambiguous", applicationIds: top.map((entry) => entry.application.id), reasons: first!.reasons };
}

const SUBJECT_COMPANY = /\b(?:to|at|with|from|bei|chez|en|a|für|fur)\s+([A-ZÀ-Ý][\w&'’.\- ]{1,60}?)(?:\s*[!:,|(–-]|\s+(?:for|für|fur|pour|para)\b|$)/;
const SUBJECT_ROLE =
  /(?:\bfor(?: the)?|\bals|\bpour le poste de|\bpara(?: el puesto de)?|\bposte de|\bpuesto de|[:|–-])\s+([A-ZÀ-Ý][\w&'’/().\- ]{2,80}?)(?:\s+(?:at|bei|chez|en|position|role)\b|\s*[(|–!]|\s+-\s|$)/;

/** The company a message is from when none of the user's applications fits. */
function guessCompany(mail: MatchableMail, view: MailView): string | null {
  const ats = atsOfDomain(domainOf(mail.from.address));
  const name = (mail.from.name ?? "").replace(SENDER_NOISE, " ").replace(/\s+/g, " ").trim();
  if (ats && name && name.length <= 80) return name;
  const label = view.employerDomainLabels[0];
  // A person writing from the company's domain: their signature names it ("Head of Data, Lumen Labs").
  if (label) {
    const lines = withoutQuotedReply(mail.text).trim().split(/\r?\n/).slice(-8);
    for (const chunk of lines.flatMap((line) => line.split(/[,|–]| - /))) {
      const candidate = chunk.trim();
      const key = companyKey(candidate);
      if (candidate.length <= 80 && key && compactForms(key).some((form) => form === label || (label.length >= 4 && form.startsWith(label)))) return candidate;
    }
  }
  const fromSubject = SUBJECT_COMPANY.exec(mail.subject)?.[1]?.trim();
  if (fromSubject) return fromSubject;
  if (!ats && name && !/^[A-ZÀ-Ý][a-zà-ÿ]+ [A-ZÀ-Ý][a-zà-ÿ]+$/.test(name)) return name;
  return label ? label.charAt(0).toUpperCase() + label.slice(1) : null;
}

const LOWER_CONTINUATION = String.raw`(?:\s+(?!(?:et|nous|chez|pour|y|en|con|und|bei|zu|at|and|with|a|au|dans|sur|que|qui|est|ist|wurde|has|is|was)\b)[\w'’/()-]+){0,4}`;
const BODY_ROLE = new RegExp(
  String.raw`\b(?:the|for|as|als|del|para)\s+((?:[A-ZÀ-Ý][\w&'’/-]*)(?:\s+(?:[A-ZÀ-Ý(][\w&'’/()-]*|de|of|and|und|et|y)){0,6})\s+(?:position|role|job|opening|vacancy|Stelle|poste|puesto)\b|\b(?:poste de|puesto de|Stelle als|als)\s+([A-ZÀ-Ý][\w'’/-]*${LOWER_CONTINUATION})`,
  "u",
);
// What a subject says around a role that is not one.
const NOT_A_ROLE = /\b(application|bewerbung|candidature|candidatura|update|status|thank|interview|entretien|entrevista|offer|next steps?|confirmation|received)\b/i;

/** The role a message names: in its subject ("… for Product Analyst"), else in its text ("the Data Engineer position"). */
function guessRole(mail: MatchableMail): string | null {
  const fromSubject = SUBJECT_ROLE.exec(mail.subject)?.[1]?.trim();
  const role =
    fromSubject && !NOT_A_ROLE.test(fromSubject) ? fromSubject : BODY_ROLE.exec(withoutQuotedReply(mail.text).slice(0, 5000))?.slice(1).find(Boolean)?.trim();
  return role && role.length <= 120 ? role : null;
}
