import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { LoginForm } from "@/components/auth/login-form";
import { getCurrentUser } from "@/lib/auth/current-user";

export const metadata: Metadata = { title: "Log in" };

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ next?: string; signedUp?: string }> }) {
  if (await getCurrentUser()) redirect("/dashboard");
  const { next, signedUp } = await searchParams;
  return <LoginForm redirectTo={next} notice={signedUp ? "Your account is ready. Log in to continue." : undefined} />;
}
