import * as argon2 from "@node-rs/argon2";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { authenticateUser } from "@/lib/server/users/authenticate-user";
import { createUser, DEFAULT_PASSWORD } from "../../factories";
import { db } from "../../support/db";

// Wrap, not replace: the real argon2 still runs; the spy only records what each path costs.
vi.mock("@node-rs/argon2", async (importOriginal) => {
  const real = await importOriginal<typeof import("@node-rs/argon2")>();
  return { ...real, verify: vi.fn(real.verify) };
});

const verify = vi.mocked(argon2.verify);
const uniqueIp = () => `10.77.${Math.floor(Math.random() * 255)}.${Math.floor(Math.random() * 255)}`;

/** "$argon2id$v=19$m=19456,t=2,p=1$salt$hash" → "argon2id v=19 m=19456,t=2,p=1": what sets the cost. */
function costOf(encodedHash: string) {
  const [, algorithm, version, parameters] = encodedHash.split("$");
  return `${algorithm} ${version} ${parameters}`;
}

/*
 * QUALITY.md item 5 asks for similar timing for an unknown e-mail and a wrong password. Timing
 * assertions are flaky by nature, so this proves the cause instead: both paths do the one
 * expensive thing — a single argon2id verification at the same cost — and nothing else differs
 * but a primary-key lookup.
 */
describe("an unknown e-mail costs what a wrong password costs", () => {
  beforeEach(() => {
    verify.mockClear();
  });

  it("both run exactly one argon2id verification with the same parameters", async () => {
    const user = await createUser(db);
    const stored = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { passwordHash: true } });

    const wrong = await authenticateUser({ email: user.email, password: "not the password", ip: uniqueIp() });
    expect(verify).toHaveBeenCalledTimes(1);
    const wrongPathHash = String(verify.mock.calls[0]?.[0]);
    expect(wrongPathHash).toBe(stored.passwordHash);

    verify.mockClear();
    const unknown = await authenticateUser({ email: `nobody-${crypto.randomUUID()}@example.test`, password: "not the password", ip: uniqueIp() });
    expect(verify).toHaveBeenCalledTimes(1);
    const unknownPathHash = String(verify.mock.calls[0]?.[0]);

    expect(unknown).toEqual(wrong);
    expect(costOf(unknownPathHash)).toBe(costOf(wrongPathHash));
    expect(costOf(wrongPathHash)).toMatch(/^argon2id v=19 m=19456,t=2,p=1$/);
  });

  it("the right password also costs one verification, so success is not a timing outlier either", async () => {
    const user = await createUser(db);
    const result = await authenticateUser({ email: user.email, password: DEFAULT_PASSWORD, ip: uniqueIp() });
    expect(result.ok).toBe(true);
    expect(verify).toHaveBeenCalledTimes(1);
  });
});
