import type { Locator } from "@playwright/test";
import { createApplication, createCompany, createContact, createInterview } from "../factories";
import { e2eDb, userIdFor } from "./db";
import { expect, pickOption, test } from "./fixtures";

/** Issue 12's case: a panel of three noted the way people write, and a recruiter who sends the news with feedback. */
async function seed(email: string) {
  const userId = await userIdFor(email);
  await e2eDb.user.update({ where: { id: userId }, data: { timeZone: "Europe/London", name: "Alex Morgan" } });
  const company = await createCompany(e2eDb, userId, { name: "Lumen Labs" });
  const application = await createApplication(e2eDb, userId, { companyId: company.id, role: "Data Engineer", status: "interviewing" });
  const [dana, eli, fang] = await Promise.all([
    createContact(e2eDb, userId, { name: "Dana Smith", email: "dana@lumen.test", role: "interviewer", companyId: company.id }),
    createContact(e2eDb, userId, { name: "Eli Cohen", email: "eli@lumen.test", role: "interviewer", companyId: company.id }),
    createContact(e2eDb, userId, { name: "王芳", addressAs: "Fang", email: "fang@lumen.test", role: "interviewer", companyId: company.id }),
  ]);
  await createContact(e2eDb, userId, { name: "Rita Ortiz", email: "rita@lumen.test", role: "recruiter", companyId: company.id });
  await createInterview(e2eDb, userId, application.id, {
    kind: "panel",
    scheduledAt: new Date("2026-11-12T10:00:00Z"),
    notes: "Dana asked how I would design data contracts between teams; Eli focused on on-call rotations.\nFang walked me through the search roadmap.",
    interviewerIds: [dana!.id, eli!.id, fang!.id],
  });
  return { userId, application };
}

const bodyOf = (letter: Locator) => letter.getByLabel("Body");

test("a panel of three and a recruiter get four letters that each say only what is true of their reader", async ({ page, user }) => {
  test.slow();
  const { userId, application } = await seed(user.email);
  await page.goto(`/applications/${application.id}/rejection`);
  await page.getByLabel("Received on").fill("2026-11-20");
  await page.getByLabel("Stage reached").selectOption({ label: "Final round" });
  await pickOption(page, "From whom", "Rita", "Rita Ortiz (rita@lumen.test)");
  await page.getByLabel("Feedback").fill("The other finalist had more streaming experience.");
  await page.getByLabel("Close second").check();
  await page.getByLabel("Keep on file").check();
  await page.getByRole("button", { name: "Save rejection" }).click();
  await expect(page).toHaveURL(new RegExp(`/applications/${application.id}/rejection/letters$`));
  await expect(page.getByRole("region", { name: /^Letter to / })).toHaveCount(4);

  const dana = page.getByRole("region", { name: "Letter to Dana Smith" });
  const eli = page.getByRole("region", { name: "Letter to Eli Cohen" });
  const fang = page.getByRole("region", { name: "Letter to 王芳" });
  const rita = page.getByRole("region", { name: "Letter to Rita Ortiz" });

  // Each person's own line, prefilled and shown before anything is sent.
  await expect(dana.getByLabel("Something from your conversation with Dana")).toHaveValue("you asked how I would design data contracts between teams");
  await expect(eli.getByLabel("Something from your conversation with Eli")).toHaveValue("you focused on on-call rotations");
  await expect(fang.getByLabel("Something from your conversation with Fang")).toHaveValue("you walked me through the search roadmap");
  await expect(bodyOf(dana)).toHaveValue(/you asked how I would design data contracts between teams\./);
  await expect(bodyOf(dana)).not.toHaveValue(/on-call|roadmap|Eli/);
  await expect(bodyOf(eli)).toHaveValue(/you focused on on-call rotations\./);
  await expect(bodyOf(eli)).not.toHaveValue(/data contracts|roadmap|Dana/);
  await expect(bodyOf(fang)).toHaveValue(/^Dear Fang,\n/);

  // Only Rita gave the feedback, the offer and the close call; the others are asked, not thanked.
  await expect(rita.getByLabel(/Rita gave the feedback, offered to keep your CV on file and said it was a close one/)).toBeChecked();
  await expect(bodyOf(rita)).toHaveValue(/Thank you as well for your feedback/);
  await expect(bodyOf(rita)).toHaveValue(/Thank you for offering to keep my CV on file/);
  await expect(bodyOf(rita)).toHaveValue(/It meant a lot to hear that the decision was a close one/);
  for (const letter of [dana, eli, fang]) {
    await expect(bodyOf(letter)).not.toHaveValue(/your feedback|offering to keep|close one/);
    await expect(bodyOf(letter)).toHaveValue(/kept me in mind|thought of me|hear about it|hear of related/);
  }

  // Short, signed, and nothing a careful reader would catch.
  for (const letter of [dana, eli, fang, rita]) {
    await expect(letter.getByText(/^\d+ words$/)).toBeVisible();
    await expect(letter.getByRole("region", { name: "Before you send" })).toHaveCount(0);
    await expect(bodyOf(letter)).toHaveValue(/\nAlex Morgan$/);
  }
  const words = Number((await dana.getByText(/^\d+ words$/).textContent())!.split(" ")[0]);
  expect(words).toBeGreaterThanOrEqual(80);
  expect(words).toBeLessThanOrEqual(200);

  // The user changes Eli's line and credits him too, then re-drafts.
  await eli.getByLabel("Something from your conversation with Eli").fill("you explained how the team keeps on-call humane");
  await eli.getByLabel(/Eli gave the feedback/).check();
  await eli.getByRole("button", { name: "Re-draft letter" }).click();
  await expect(eli.getByText("Re-drafted with what you chose.")).toBeVisible();
  await expect(bodyOf(eli)).toHaveValue(/you explained how the team keeps on-call humane\./);
  await expect(bodyOf(eli)).toHaveValue(/Thank you as well for your feedback/);

  // Naming someone else in a letter is flagged before it goes.
  await bodyOf(dana).fill(`${await bodyOf(dana).inputValue()}\nP.S. Say hello to Eli.`);
  await expect(dana.getByRole("region", { name: "Before you send" })).toContainText("It mentions Eli Cohen, who is not this letter's recipient.");

  const stored = await e2eDb.letter.findMany({ where: { userId }, select: { recipientName: true, detail: true, credited: true } });
  expect(stored).toEqual(
    expect.arrayContaining([
      { recipientName: "Eli Cohen", detail: "you explained how the team keeps on-call humane", credited: true },
      { recipientName: "Rita Ortiz", detail: null, credited: true },
    ]),
  );
});

test("a letter already sent to someone now in the trash names them, without a link to a page that is gone", async ({ page, user }) => {
  const userId = await userIdFor(user.email);
  const [kept, trashed] = await Promise.all([createContact(e2eDb, userId, { name: "Dana Whitfield" }), createContact(e2eDb, userId, { name: "Eli Novak" })]);
  for (const contact of [kept, trashed]) {
    await e2eDb.letter.create({ data: { userId, kind: "interview_thank_you", contactId: contact.id, subject: `Thank you, ${contact.name}`, body: "Thank you.", status: "sent", sentAt: new Date() } });
  }
  await e2eDb.contact.update({ where: { id: trashed.id }, data: { deletedAt: new Date() } });

  await page.goto("/letters");
  const item = (name: string) => page.getByRole("listitem").filter({ has: page.getByRole("link", { name: `Thank you, ${name}` }) });
  await expect(item("Dana Whitfield").getByRole("link", { name: "Dana Whitfield", exact: true })).toHaveAttribute("href", `/contacts/${kept.id}`);
  await expect(item("Eli Novak")).toContainText("to Eli Novak");
  await expect(item("Eli Novak").getByRole("link", { name: "Eli Novak", exact: true })).toHaveCount(0);
});
