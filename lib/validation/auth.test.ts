import { describe, expect, it } from "vitest";
import { changePasswordSchema, logInSchema, signUpSchema } from "./auth";

describe("sign-up schema", () => {
  const ok = { email: "Someone@Example.com ", password: "a sturdy passphrase" };

  it("normalises the e-mail", () => {
    expect(signUpSchema.parse(ok).email).toBe("someone@example.com");
  });

  it.each([
    [{ ...ok, email: "" }, "email", "Enter your email address"],
    [{ ...ok, email: "not-an-email" }, "email", "Enter a valid email address"],
    [{ ...ok, password: "short" }, "password", "at least 10"],
    [{ ...ok, password: "x".repeat(10_000) }, "password", "at most"],
  ])("rejects %j on %s", (input, field, message) => {
    const result = signUpSchema.safeParse(input);
    expect(result.success).toBe(false);
    const issue = result.error!.issues.find((i) => i.path[0] === field);
    expect(issue?.message).toContain(message);
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

const passwordMessages = (password: string) => {
  const result = signUpSchema.safeParse({ email: "someone@example.test", password });
  return result.success ? [] : result.error.issues.filter((issue) => issue.path[0] === "password").map((issue) => issue.message);
};

describe("the new-password policy", () => {
  it("refuses fewer than 10 characters, counted as the user sees them", () => {
    expect(passwordMessages("abcdefghi")).toEqual(["Use at least 10 characters"]);
    expect(passwordMessages("🌉🌉🌉🌉🌉")).toEqual(["Use at least 10 characters"]);
  });

  it("refuses common and easily guessed passwords with the estimator's reason", () => {
    for (const weak of ["password", "12345678", "        "]) expect(passwordMessages(weak)).toHaveLength(1);
    expect(passwordMessages("password1234")[0]).toMatch(/commonly used password/);
    expect(passwordMessages("qwertyuiop")[0]).toMatch(/frequently used password/);
    expect(passwordMessages("          ")[0]).toMatch(/Repeated characters/);
    expect(changePasswordSchema.safeParse({ currentPassword: "anything", newPassword: "1234567890" }).success).toBe(false);
  });

  it("accepts long passphrases, unicode included", () => {
    for (const strong of ["correct horse battery staple", "walk the bridge at dawn", "ça-va 🌉 déjà vu — 長いパスフレーズ", "the ferry leaves at seven, but we walk the long way round by the old mill and the river"]) {
      expect(passwordMessages(strong), strong).toEqual([]);
    }
  });
});
