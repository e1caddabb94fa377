import { describe, expect, it } from "vitest";
import { logInSchema, signUpSchema } from "./auth";

describe("sign-up schema", () => {
  const ok = { email: "Someone@Example.com ", password: "eight ch" };

  it("normalises the e-mail", () => {
    expect(signUpSchema.parse(ok).email).toBe("someone@example.com");
  });

  it.each([
    [{ ...ok, email: "" }, "email", "Enter your email address"],
    [{ ...ok, email: "not-an-email" }, "email", "Enter a valid email address"],
    [{ ...ok, password: "short" }, "password", "at least 8"],
    [{ ...ok, password: "x".repeat(10_000) }, "password", "at most"],
  ])("rejects %j on %s", (input, field, message) => {
    const result = signUpSchema.safeParse(input);
    expect(result.success).toBe(false);
    const issue = result.error!.issues.find((i) => i.path[0] === field);
    expect(issue?.message).toContain(message);
  });

  it("counts characters, not UTF-16 units", () => {
    expect(signUpSchema.safeParse({ ...ok, password: "🌉🌉🌉🌉🌉🌉🌉" }).success).toBe(false); // 7 characters, 14 units
    expect(signUpSchema.safeParse({ ...ok, password: "🌉🌉🌉🌉🌉🌉🌉🌉" }).success).toBe(true);
  });

  it("falls back to UTC for an unknown time zone", () => {
    expect(signUpSchema.parse({ ...ok, timeZone: "Mars/Olympus" }).timeZone).toBe("UTC");
    expect(signUpSchema.parse({ ...ok, timeZone: "Australia/Sydney" }).timeZone).toBe("Australia/Sydney");
  });

  it("refuses smuggled fields such as userId", () => {
    expect(signUpSchema.safeParse({ ...ok, userId: "someone-else" }).success).toBe(false);
    expect(logInSchema.safeParse({ email: "a@b.co", password: "x", id: "1" }).success).toBe(false);
  });
});
