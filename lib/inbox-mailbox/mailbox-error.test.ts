import { describe, expect, it } from "vitest";
import { describeMailboxError } from "./mailbox-error";

const where = { host: "imap.example.com", port: 993, folder: "Jobs" };
const errorWith = (fields: Record<string, unknown>, message = "Command failed") => Object.assign(new Error(message), fields);

describe("describeMailboxError", () => {
  it("names a refused sign-in", () => {
    const problem = describeMailboxError(errorWith({ authenticationFailed: true, serverResponseCode: "AUTHENTICATIONFAILED" }), where);
    expect(problem.kind).toBe("auth");
    expect(problem.message).toMatch(/Wrong username or app password/);
  });

  it("names an unknown host, a refused port and a silent server", () => {
    expect(describeMailboxError(errorWith({ code: "ENOTFOUND" }), where)).toMatchObject({ kind: "unreachable", message: expect.stringContaining("imap.example.com could not be found") });
    expect(describeMailboxError(errorWith({ code: "ECONNREFUSED" }), where)).toMatchObject({ kind: "unreachable", message: expect.stringContaining("imap.example.com:993") });
    expect(describeMailboxError(errorWith({ code: "CONNECT_TIMEOUT" }), where).kind).toBe("timeout");
  });

  it("names TLS trouble and a missing folder", () => {
    expect(describeMailboxError(errorWith({ code: "ERR_SSL_WRONG_VERSION_NUMBER" }), where).kind).toBe("tls");
    expect(describeMailboxError(errorWith({ code: "DEPTH_ZERO_SELF_SIGNED_CERT" }), where).kind).toBe("tls");
    expect(describeMailboxError(errorWith({ serverResponseCode: "NONEXISTENT", responseText: "Mailbox doesn't exist: Jobs" }), where)).toMatchObject({ kind: "folder", message: expect.stringContaining("“Jobs”") });
  });

  it("never shows a raw error, whatever was thrown", () => {
    for (const thrown of [new Error("secret internals at line 3"), "a string", null, 42, { code: 7 }]) {
      const problem = describeMailboxError(thrown, where);
      expect(problem.kind).toBe("other");
      expect(problem.message).not.toMatch(/internals/);
    }
  });
});
