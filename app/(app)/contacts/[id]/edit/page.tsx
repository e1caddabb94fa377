import type { Metadata } from "next";
import { ContactForm } from "@/components/contacts/contact-form";
import { idParam, orNotFound } from "@/lib/actions/or-not-found";
import { requireUser } from "@/lib/auth/current-user";
import { getContact } from "@/lib/server/contacts/get-contact";
import { updateContactAction } from "../../actions";

export const metadata: Metadata = { title: "Edit contact" };

export default async function EditContactPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const id = idParam((await params).id);
  const contact = await orNotFound(getContact(user.id, id));
  return (
    <div className="max-w-3xl space-y-6">
      <h1 className="text-2xl font-semibold tracking-tight">Edit {contact.name}</h1>
      <ContactForm
        action={updateContactAction.bind(null, contact.id)}
        initial={{
          name: contact.name,
          addressAs: contact.addressAs ?? "",
          email: contact.email ?? "",
          phone: contact.phone ?? "",
          linkedinUrl: contact.linkedinUrl ?? "",
          title: contact.title ?? "",
          company: contact.company?.name ?? "",
          role: contact.role,
          howMet: contact.howMet ?? "",
          notes: contact.notes ?? "",
          tags: contact.tags.join(", "),
          keepInTouchDays: contact.keepInTouchDays ? String(contact.keepInTouchDays) : "",
        }}
      />
    </div>
  );
}
