import { db } from "../../db";

const CHOICES_LIMIT = 1000;

/** The contacts and applications a follow-up can be linked to, for the form's lists. */
export async function listFollowUpChoices(userId: string) {
  const [contacts, applications] = await Promise.all([
    db.contact.findMany({ where: { userId }, select: { id: true, name: true }, orderBy: { name: "asc" }, take: CHOICES_LIMIT }),
    db.application.findMany({
      where: { userId, deletedAt: null },
      select: { id: true, role: true, company: { select: { name: true } } },
      orderBy: { lastActivityAt: "desc" },
      take: CHOICES_LIMIT,
    }),
  ]);
  return {
    contacts: contacts.map((contact) => ({ value: contact.id, label: contact.name })),
    applications: applications.map((application) => ({ value: application.id, label: `${application.role} — ${application.company.name}` })),
  };
}
