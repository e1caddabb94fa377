import { db } from "../../db";
import { notFound } from "../../errors";
import { LIVE_CONTACT } from "./trash";

const RECENT = 50;

/** One contact with what their page shows: company, interactions, interviews, applications, notes. */
export async function getContact(userId: string, contactId: string) {
  const contact = await db.contact.findFirst({
    where: { id: contactId, userId, ...LIVE_CONTACT },
    include: {
      company: { select: { id: true, name: true } },
      interactions: { orderBy: { occurredAt: "desc" }, take: RECENT, select: { id: true, kind: true, occurredAt: true, notes: true, favour: true } },
      interviews: {
        where: { interview: { application: { deletedAt: null } } },
        orderBy: { interview: { scheduledAt: "desc" } },
        take: RECENT,
        select: {
          interview: {
            select: {
              id: true,
              kind: true,
              scheduledAt: true,
              application: { select: { id: true, role: true, company: { select: { name: true } } } },
            },
          },
        },
      },
      referredApplications: {
        where: { deletedAt: null },
        take: RECENT,
        select: { id: true, role: true, status: true, company: { select: { name: true } } },
      },
      notesList: { orderBy: { createdAt: "desc" }, take: RECENT, select: { id: true, body: true, createdAt: true } },
    },
  });
  if (!contact) throw notFound("Contact");
  return contact;
}
export type ContactDetail = Awaited<ReturnType<typeof getContact>>;
