import { describe, expect, it } from "vitest";
import { smtpOptionsFromUrl } from "./mailer";

describe("SMTP_URL", () => {
  it("becomes host, port, TLS mode and decoded credentials", () => {
    expect(smtpOptionsFromUrl("smtp://mailer%40example.com:p%3Ass%2Fw0rd@smtp.example.com:2525")).toEqual({
      host: "smtp.example.com",
      port: 2525,
      secure: false,
      auth: { user: "mailer@example.com", pass: "p:ss/w0rd" },
    });
  });

  it("defaults to 587 for smtp:// (STARTTLS) and 465 for smtps:// (implicit TLS), without credentials", () => {
    expect(smtpOptionsFromUrl("smtp://localhost")).toEqual({ host: "localhost", port: 587, secure: false });
    expect(smtpOptionsFromUrl("smtps://smtp.example.com")).toEqual({ host: "smtp.example.com", port: 465, secure: true });
  });
});
