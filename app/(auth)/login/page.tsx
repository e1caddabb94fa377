import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { LoginForm } from "@/components/auth/login-form";
import { getCurrentUser } from "@/lib/auth/current-user";

export const metadata: Metadata = { title: "Log in" };

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ next?: string; reset?: string }> }) {
  if (await getCurrentUser()) redirect("/dashboard");
  const { next, reset } = await searchParams;
  return <LoginForm redirectTo={next} notice={reset ? "Your new password is set. Log in with it." : undefined} />;
}
