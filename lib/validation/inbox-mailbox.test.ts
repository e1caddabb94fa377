import { describe, expect, it } from "vitest";
import { fieldErrorsOf } from "./form";
import { mailboxSchema } from "./inbox-mailbox";

const valid = { host: "IMAP.Example.com ", port: "993", username: "alex@example.org", password: "app pass", folder: "", tls: "on", startDate: "2026-11-20" };

describe("the mailbox form", () => {
  it("reads a valid form, with INBOX for an empty folder and the server in lower case", () => {
    expect(mailboxSchema.parse(valid)).toEqual({
      host: "imap.example.com",
      port: 993,
      username: "alex@example.org",
      password: "app pass",
      folder: "INBOX",
      tls: true,
      startDate: new Date("2026-11-20T00:00:00Z"),
      autoApply: false,
    });
    // An empty password keeps the saved one; TLS off when unticked.
    expect(mailboxSchema.parse({ ...valid, password: "", tls: undefined })).toMatchObject({ password: null, tls: false });
  });

  it("puts a message on the field for a bad port, server or date", () => {
    const result = mailboxSchema.safeParse({ ...valid, port: "nine-nine-three", host: "imap example.com", startDate: "2026-02-30" });
    expect(result.success).toBe(false);
    const { fieldErrors } = fieldErrorsOf(result.error!);
    expect(fieldErrors.port).toEqual(["Enter a port number between 1 and 65535 (usually 993)"]);
    expect(fieldErrors.host).toEqual(["Enter the IMAP server's name, like imap.example.com"]);
    expect(fieldErrors.startDate).toEqual(["Enter a real date like 2026-11-26"]);
    expect(fieldErrorsOf(mailboxSchema.safeParse({ ...valid, startDate: " " }).error!).fieldErrors.startDate).toEqual(["Enter the first day to read from"]);
    expect(mailboxSchema.safeParse({ ...valid, port: "70000" }).success).toBe(false);
    expect(mailboxSchema.safeParse({ ...valid, userId: "someone" }).success).toBe(false);
  });
});
