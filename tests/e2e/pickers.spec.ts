import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { createApplication, createCompany, createContact, createUser } from "../factories";
import { e2eDb, userIdFor } from "./db";
import { expect, pickOption, test } from "./fixtures";

/** The HTML of a page as the browser downloads it, in bytes (uncompressed). */
async function pageBytes(page: Page, url: string) {
  const response = await page.request.get(url);
  expect(response.status()).toBe(200);
  return (await response.body()).byteLength;
}

test("interviewers are searched, picked with the keyboard, and someone new is added inline", async ({ page, user }) => {
  test.slow(); // a server action and a page refresh on a shared machine
  const userId = await userIdFor(user.email);
  const company = await createCompany(e2eDb, userId, { name: "Zenith Labs" });
  const application = await createApplication(e2eDb, userId, { companyId: company.id, role: "Data Engineer", status: "interviewing" });
  await createContact(e2eDb, userId, { name: "Omar Haddad", email: "omar@zenith.example" });
  await createContact(e2eDb, userId, { name: "Dana Reyes", email: "dana@zenith.example" });
  // Another user's namesake never shows up.
  const stranger = await createUser(e2eDb);
  await createContact(e2eDb, stranger.id, { name: "Omar Stranger", email: "omar@elsewhere.example" });

  await page.goto(`/applications/${application.id}`);
  await page.getByRole("button", { name: "Add interview" }).click();
  await page.getByLabel("Scheduled at").fill("2030-03-04T10:00");
  const interviewers = page.getByRole("combobox", { name: "Interviewers" });
  await interviewers.fill("omar");
  const listbox = page.getByRole("listbox", { name: "Interviewers" });
  await expect(listbox.getByRole("option", { name: "Omar Haddad (omar@zenith.example)" })).toBeVisible();
  await expect(listbox.getByRole("option", { name: /Stranger/ })).toHaveCount(0);
  await expect(interviewers).toHaveAttribute("aria-expanded", "true");

  // Escape closes the list; ↓ opens it again; Enter picks the highlighted match.
  await interviewers.press("Escape");
  await expect(listbox).toBeHidden();
  await expect(interviewers).toHaveAttribute("aria-expanded", "false");
  await interviewers.press("ArrowDown");
  await expect(listbox.getByRole("option", { name: "Omar Haddad (omar@zenith.example)" })).toHaveAttribute("aria-selected", "true");
  await interviewers.press("Enter");
  await expect(page.getByRole("button", { name: "Remove Omar Haddad" })).toBeVisible();
  await expect(interviewers).toHaveValue("");
  await expect(page.getByLabel("What you talked about with Omar Haddad")).toBeVisible();

  // Someone not in the contacts: "Add … as a new person" fills a new-interviewer row.
  await interviewers.fill("Zed Quill");
  await page.getByRole("option", { name: "Add “Zed Quill” as a new person" }).click();
  await expect(page.getByLabel("New interviewer 2 name")).toHaveValue("Zed Quill");
  await expect(page.getByLabel("New interviewer 2 email")).toBeFocused();
  await page.getByLabel("New interviewer 2 email").fill("zed@zenith.example");

  expect((await new AxeBuilder({ page }).analyze()).violations.filter((violation) => ["serious", "critical"].includes(violation.impact ?? ""))).toEqual([]);
  await page.getByRole("button", { name: "Save interview" }).click();

  const interview = page.getByTestId("interview");
  await expect(interview.getByRole("link", { name: "Omar Haddad" })).toBeVisible();
  await expect(interview.getByRole("link", { name: "Zed Quill" })).toBeVisible();
  await expect(interview.getByRole("link", { name: "Dana Reyes" })).toHaveCount(0);
});

test("the application form suggests companies and picks a referrer, and still saves by name and id", async ({ page, user }) => {
  const userId = await userIdFor(user.email);
  await createCompany(e2eDb, userId, { name: "Globex" });
  const referrer = await createContact(e2eDb, userId, { name: "Priya Mensah", email: "priya@globex.example" });

  await page.goto("/applications/new");
  await pickOption(page, "Company", "glob", "Globex");
  await expect(page.getByLabel("Company")).toHaveValue("Globex");
  await page.getByLabel("Role").fill("Platform Engineer");
  await pickOption(page, "Referrer", "priya", "Priya Mensah (priya@globex.example)");
  await page.getByRole("button", { name: "Save" }).click();

  await expect(page.getByRole("heading", { name: /Platform Engineer/ })).toBeVisible();
  const saved = await e2eDb.application.findFirstOrThrow({ where: { userId }, include: { company: true } });
  expect(saved).toMatchObject({ referrerId: referrer.id, company: { name: "Globex" } });

  // The edit form starts on the saved referrer, by name.
  await page.goto(`/applications/${saved.id}/edit`);
  await expect(page.getByLabel("Referrer")).toHaveValue("Priya Mensah");
});

test("a user with 2,000 contacts gets form pages as light as with three", async ({ page, user }) => {
  test.slow(); // seeds 2,000 rows
  const userId = await userIdFor(user.email);
  for (let index = 0; index < 3; index++) await createContact(e2eDb, userId);
  const application = await createApplication(e2eDb, userId);
  const interview = await e2eDb.interview.create({ data: { userId, applicationId: application.id, kind: "technical", scheduledAt: new Date("2030-01-02T10:00:00Z") } });
  const urls = { newApplication: "/applications/new", application: `/applications/${application.id}`, editInterview: `/applications/${application.id}/interviews/${interview.id}/edit` };
  const weigh = async () => Object.fromEntries(await Promise.all(Object.entries(urls).map(async ([name, url]) => [name, await pageBytes(page, url)] as const)));

  const light = await weigh();
  await e2eDb.contact.createMany({
    data: Array.from({ length: 2000 }, (_, index) => ({ userId, name: `Contact ${index} Longname`, email: `contact-${index}@heavy.example`, role: "other" as const })),
  });
  const heavy = await weigh();

  for (const name of Object.keys(urls)) {
    // Within a few bytes of each other (ids and times differ); a light user's pages weighed under 40 kB when this was set.
    expect(heavy[name]!, `${name}: ${light[name]} → ${heavy[name]} bytes`).toBeLessThan(light[name]! + 2_000);
    expect(heavy[name]!, name).toBeLessThan(60_000);
  }
  // Not one of the 2,000 names is in the pages: the pickers ask the server as you type.
  expect(await (await page.request.get(urls.newApplication)).text()).not.toContain("Longname");
});
