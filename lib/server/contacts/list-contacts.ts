import type { Prisma } from "@prisma/client";
import { db } from "../../db";
import type { ContactListQuery } from "../../validation/contact";
import { LIVE_CONTACT } from "./trash";

export const CONTACTS_PAGE_SIZE = 25;

const ORDER: Record<ContactListQuery["sort"], Prisma.ContactOrderByWithRelationInput[]> = {
  lastInteraction: [{ lastInteractionAt: { sort: "desc", nulls: "last" } }, { id: "asc" }],
  nextTouch: [{ nextTouchAt: { sort: "asc", nulls: "last" } }, { id: "asc" }],
  name: [{ name: "asc" }, { id: "asc" }],
};

/** One page of contacts: two queries whatever the number of rows. */
export async function listContacts(userId: string, query: ContactListQuery) {
  const contains = query.q ? { contains: query.q, mode: "insensitive" as const } : undefined;
  const where: Prisma.ContactWhereInput = {
    userId,
    ...LIVE_CONTACT,
    ...(query.role ? { role: query.role } : {}),
    ...(query.tag ? { tags: { has: query.tag } } : {}),
    ...(contains ? { OR: [{ name: contains }, { email: contains }, { title: contains }, { company: { name: contains } }] } : {}),
  };
  const [total, rows] = await Promise.all([
    db.contact.count({ where }),
    db.contact.findMany({
      where,
      orderBy: ORDER[query.sort],
      skip: (query.page - 1) * CONTACTS_PAGE_SIZE,
      take: CONTACTS_PAGE_SIZE,
      select: {
        id: true,
        name: true,
        email: true,
        role: true,
        title: true,
        tags: true,
        lastInteractionAt: true,
        nextTouchAt: true,
        company: { select: { id: true, name: true } },
      },
    }),
  ]);
  return { rows, total, page: query.page, pageCount: Math.max(1, Math.ceil(total / CONTACTS_PAGE_SIZE)) };
}
