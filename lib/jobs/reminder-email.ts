// The text of reminder e-mails: plain text first, with a simple HTML twin.
import { createHash } from "node:crypto";
import { formatInZone } from "../schedule/zoned";
import { truncate } from "../text";

export type ReminderFacts = {
  followUpId: string;
  title: string;
  dueAt: Date;
  timeZone: string;
  contactName?: string | null;
  applicationLabel?: string | null;
};

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (char) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[char]!);

function mailDomain(appUrl: string) {
  try {
    return new URL(appUrl).hostname || "bridges.local";
  } catch {
    return "bridges.local";
  }
}

/** Derived from the delivery key (follow-up, due moment), so every retry carries the same id. */
export function reminderMessageId(followUpId: string, dueAt: Date, appUrl: string) {
  return `<reminder.${followUpId}.${dueAt.getTime()}@${mailDomain(appUrl)}>`;
}

/** A digest's id is derived from the deliveries it carries. */
export function digestMessageId(deliveryIds: string[], appUrl: string) {
  const hash = createHash("sha256").update([...deliveryIds].sort().join(",")).digest("hex").slice(0, 32);
  return `<digest.${hash}@${mailDomain(appUrl)}>`;
}

export function followUpUrl(followUpId: string, appUrl: string) {
  return `${appUrl}/follow-ups#follow-up-${followUpId}`;
}

function withWhom(facts: ReminderFacts) {
  return [facts.contactName, facts.applicationLabel].filter(Boolean).join(" · ");
}

export function renderReminderEmail(facts: ReminderFacts, appUrl: string) {
  const due = formatInZone(facts.dueAt, facts.timeZone);
  const url = followUpUrl(facts.followUpId, appUrl);
  const who = withWhom(facts);
  const subject = truncate(`Reminder: ${facts.title}`, 250);
  const text = [`${facts.title}`, `Due ${due} (${facts.timeZone})`, who ? `With ${who}` : null, "", `Open it in Bridges: ${url}`, ""]
    .filter((line) => line !== null)
    .join("\n");
  const html = [
    `<p><strong>${escapeHtml(facts.title)}</strong></p>`,
    `<p>Due ${escapeHtml(due)} (${escapeHtml(facts.timeZone)})${who ? `<br>With ${escapeHtml(who)}` : ""}</p>`,
    `<p><a href="${escapeHtml(url)}">Open it in Bridges</a></p>`,
  ].join("\n");
  return { subject, text, html };
}

export type DigestItem = { followUpId: string | null; subject: string; text: string };

/** The digest's line about the inbox: proposals read from e-mail that wait for the user. */
export function openProposalsLine(count: number) {
  if (count <= 0) return null;
  return count === 1 ? "Your inbox has 1 open proposal to look at." : `Your inbox has ${count} open proposals to look at.`;
}

export function renderDigestEmail(items: DigestItem[], appUrl: string, { openProposals = 0 }: { openProposals?: number } = {}) {
  const count = items.length;
  const subject = count === 1 ? "Your follow-up for today" : `Your ${count} follow-ups for today`;
  const inboxLine = openProposalsLine(openProposals);
  const text = [
    `${subject}:`,
    "",
    ...items.map((item) => `• ${item.text.split("\n").filter(Boolean).slice(0, 3).join(" — ")}`),
    "",
    `All your follow-ups: ${appUrl}/follow-ups`,
    ...(inboxLine ? [`${inboxLine} ${appUrl}/inbox`] : []),
    "",
  ].join("\n");
  const html = [
    `<p>${escapeHtml(subject)}:</p>`,
    "<ul>",
    ...items.map((item) => {
      const title = escapeHtml(item.subject.replace(/^Reminder: /, ""));
      return item.followUpId ? `<li><a href="${escapeHtml(followUpUrl(item.followUpId, appUrl))}">${title}</a></li>` : `<li>${title}</li>`;
    }),
    "</ul>",
    `<p><a href="${escapeHtml(appUrl)}/follow-ups">All your follow-ups</a></p>`,
    ...(inboxLine ? [`<p><a href="${escapeHtml(appUrl)}/inbox">${escapeHtml(inboxLine)}</a></p>`] : []),
  ].join("\n");
  return { subject, text, html };
}
