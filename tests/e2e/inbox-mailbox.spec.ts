import { e2eDb, userIdFor } from "./db";
import { expect, test } from "./fixtures";

test("settings: a bad port is refused on its field, an unreachable server is a status in words, Disconnect removes it", async ({ page, user }) => {
  test.slow(); // three saves, one of them trying a connection
  await page.goto("/settings");
  const inbox = page.getByRole("region", { name: "Inbox" });
  await expect(inbox.getByLabel("TLS")).toBeChecked();
  await inbox.getByLabel("IMAP server").fill("127.0.0.1");
  await inbox.getByLabel("Port").fill("nine-nine-three");
  await inbox.getByLabel("Username").fill("alex@example.org");
  await inbox.getByLabel("App password").fill("an app password");
  await inbox.getByRole("button", { name: "Connect mailbox" }).click();
  await expect(inbox.getByText("Enter a port number between 1 and 65535 (usually 993)")).toBeVisible();
  // What was typed stays, except the password.
  await expect(inbox.getByLabel("IMAP server")).toHaveValue("127.0.0.1");
  await expect(inbox.getByLabel("App password")).toHaveValue("");

  // Port 1 on the loopback refuses at once: saved, with the reason and the next try.
  await inbox.getByLabel("Port").fill("1");
  await inbox.getByLabel("App password").fill("an app password");
  await inbox.getByRole("button", { name: "Connect mailbox" }).click();
  await expect(inbox.getByText(/Saved, but the mailbox could not be read: The server 127\.0\.0\.1:1 could not be reached/)).toBeVisible();
  await page.reload();
  const status = page.getByRole("region", { name: "Inbox" }).getByRole("status");
  await expect(status).toContainText("Not connected");
  await expect(status).toContainText("could not be reached");
  await expect(page.getByLabel("App password")).toHaveValue("");
  const userId = await userIdFor(user.email);
  const saved = await e2eDb.inboxMailbox.findFirstOrThrow({ where: { userId } });
  expect(saved.passwordSealed).not.toContain("an app password");

  page.once("dialog", (dialog) => void dialog.accept());
  await page.getByRole("region", { name: "Inbox" }).getByRole("button", { name: "Disconnect" }).click();
  await expect(page.getByText("Mailbox disconnected")).toBeVisible();
  expect(await e2eDb.inboxMailbox.count({ where: { userId } })).toBe(0);
});
