import type { Metadata } from "next";
import { ContactForm } from "@/components/contacts/contact-form";
import { requireUser } from "@/lib/auth/current-user";
import { createContactAction } from "../actions";

export const metadata: Metadata = { title: "New contact" };

export default async function NewContactPage() {
  await requireUser();
  return (
    <div className="max-w-3xl space-y-6">
      <h1 className="text-2xl font-semibold tracking-tight">New contact</h1>
      <ContactForm action={createContactAction} initial={{ role: "other" }} />
    </div>
  );
}
