import { applicationUrl, findSaved, saveApplication, type SavedApplication } from "./bridges-api";
import { applicationBody, clipFrom, CLIP_STATUSES, type Clip, type ClipForm, type ClipStatus } from "./clip";
import { byId, fieldError, say } from "./dom";
import { pageSnapshot } from "./page-snapshot";
import { loadSettings, type Settings } from "./settings";
import { webExtension } from "./web-extension";

const FORM_FIELDS = ["company", "role", "status", "tags"] as const;
const WORK_MODES: Record<string, string> = { onsite: "On site", hybrid: "Hybrid", remote: "Remote" };

// One key per body: a retry of the same clip is answered with the first application, while a
// clip changed after a refusal is a new request.
let attempt: { body: string; key: string } | null = null;

async function start() {
  byId("open-options").addEventListener("click", () => void webExtension().runtime.openOptionsPage());
  const statusSelect = byId<HTMLSelectElement>("status");
  for (const { value, label } of CLIP_STATUSES) statusSelect.add(new Option(label, value));

  const settings = await loadSettings();
  if (!settings) {
    say("message", "Connect the extension to your Bridges first: open its options, set the address and paste a token.");
    return;
  }
  const clip = await readActiveTab();
  if (!clip) return;
  showClip(clip);
  byId("clip").addEventListener("submit", (event) => {
    event.preventDefault();
    void save(settings, clip);
  });
  byId("save-anyway").addEventListener("click", () => {
    byId("duplicate").hidden = true;
    byId("clip").hidden = false;
  });

  if (clip.values.postingUrl) {
    const saved = await findSaved(settings, clip.values.postingUrl);
    if (!saved.ok) say("problem", saved.message);
    else if (saved.value[0]) return showDuplicate(settings, saved.value[0]);
  }
  byId("clip").hidden = false;
}

/**
 * The tab to read: the one in front when the toolbar button was clicked (activeTab lets the popup
 * read it then). `popup.html?tab=<id>` names it instead, for the browser tests, which open the
 * popup as a page of its own, where the tab in front would be the popup.
 */
async function targetTabId(): Promise<number | undefined> {
  const named = Number(new URLSearchParams(location.search).get("tab"));
  if (Number.isInteger(named) && named > 0) return named;
  const [tab] = await webExtension().tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

async function readActiveTab(): Promise<Clip | null> {
  try {
    const tabId = await targetTabId();
    if (tabId === undefined) throw new Error("No tab");
    const [injection] = await webExtension().scripting.executeScript({ target: { tabId }, func: pageSnapshot });
    if (!injection?.result) throw new Error("No snapshot");
    return clipFrom(injection.result);
  } catch {
    say("message", "");
    say("problem", "This page cannot be read: browsers keep their own pages and extension stores closed to extensions. Open a job posting and click the button again.");
    return null;
  }
}

function showClip(clip: Clip) {
  const { values, form } = clip;
  byId<HTMLInputElement>("company").value = form.company;
  byId<HTMLInputElement>("role").value = form.role;
  byId<HTMLSelectElement>("status").value = form.status;
  byId<HTMLInputElement>("tags").value = form.tags;
  const read: [string, string | undefined][] = [
    ["Location", values.location],
    ["Work mode", values.workMode ? WORK_MODES[values.workMode] : undefined],
    ["Salary", values.salaryRange],
    ["Posting text", values.postingDescription ? `${values.postingDescription.length.toLocaleString()} characters, saved with it` : undefined],
    ["From", values.source],
  ];
  const list = byId("read");
  for (const [term, detail] of read) {
    if (!detail) continue;
    list.append(Object.assign(document.createElement("dt"), { textContent: term }), Object.assign(document.createElement("dd"), { textContent: detail }));
  }
  say("message", form.company || form.role ? "Read from the page: check it, then save." : "Little could be read from this page: fill in the company and the role.");
}

function showDuplicate(settings: Settings, saved: SavedApplication) {
  const link = byId<HTMLAnchorElement>("duplicate-link");
  link.href = applicationUrl(settings, saved.id);
  link.textContent = `Open ${saved.role} at ${saved.company.name}`;
  byId("duplicate").hidden = false;
  say("message", "");
}

function currentForm(): ClipForm {
  return {
    company: byId<HTMLInputElement>("company").value,
    role: byId<HTMLInputElement>("role").value,
    status: byId<HTMLSelectElement>("status").value as ClipStatus,
    tags: byId<HTMLInputElement>("tags").value,
  };
}

async function save(settings: Settings, clip: Clip) {
  const button = byId<HTMLButtonElement>("save");
  button.disabled = true;
  say("problem", null);
  for (const field of FORM_FIELDS) fieldError(field, null);
  say("message", "Saving…");
  const body = applicationBody(clip, currentForm());
  const text = JSON.stringify(body);
  if (attempt?.body !== text) attempt = { body: text, key: crypto.randomUUID() };
  const result = await saveApplication(settings, body, attempt.key);
  button.disabled = false;
  if (result.ok) {
    byId("clip").hidden = true;
    byId<HTMLAnchorElement>("saved-link").href = applicationUrl(settings, result.value.id);
    byId("saved").hidden = false;
    say("message", `${result.value.role} at ${result.value.company.name} is in Bridges.`);
    return;
  }
  say("message", "");
  // The form's fields get their messages; the others (read from the page) are named in the alert.
  const others: string[] = [];
  for (const [field, messages] of Object.entries(result.fieldErrors ?? {})) {
    if ((FORM_FIELDS as readonly string[]).includes(field)) fieldError(field, messages.join(" "));
    else others.push(`${field}: ${messages.join(" ")}`);
  }
  say("problem", [result.message, ...others].join(" "));
}

void start();
