import type { Metadata } from "next";
import { ConfirmSignUpForm } from "@/components/auth/confirm-sign-up-form";

export const metadata: Metadata = { title: "Finish signing up" };

// A button rather than an automatic sign-in: mail scanners that open links must not spend them.
export default async function ConfirmSignUpPage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const { token } = await searchParams;
  return <ConfirmSignUpForm token={typeof token === "string" ? token : ""} />;
}
