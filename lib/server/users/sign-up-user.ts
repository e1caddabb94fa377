import { randomBytes } from "node:crypto";
import { db } from "../../db";
import { AppError } from "../../errors";
import { hashPassword } from "../../auth/password";
import type { SignUpInput } from "../../validation/auth";

export function newCalendarToken(): string {
  return randomBytes(24).toString("base64url");
}

export async function signUpUser(input: SignUpInput) {
  const existing = await db.user.findUnique({ where: { email: input.email }, select: { id: true } });
  if (existing) {
    throw new AppError("CONFLICT", "An account with this email already exists", {
      email: ["An account with this email already exists. Log in instead?"],
    });
  }
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.user.create({
      data: {
        email: input.email,
        name: input.name || null,
        passwordHash,
        timeZone: input.timeZone,
        calendarToken: newCalendarToken(),
      },
      select: { id: true, email: true },
    });
  } catch (error) {
    // Two sign-ups racing for one address: the unique index decides.
    if ((error as { code?: string }).code === "P2002") {
      throw new AppError("CONFLICT", "An account with this email already exists", {
        email: ["An account with this email already exists. Log in instead?"],
      });
    }
    throw error;
  }
}
