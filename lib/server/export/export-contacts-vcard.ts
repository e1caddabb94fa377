import { db } from "../../db";
import { toVCard } from "./vcard";
import { LIVE_CONTACT } from "../contacts/trash";

/** Every contact of the user as one .vcf file that address books import in one go. */
export async function exportContactsVCard(userId: string): Promise<string> {
  const contacts = await db.contact.findMany({
    where: { userId, ...LIVE_CONTACT },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    include: { company: { select: { name: true } } },
  });
  return contacts.map((contact) => toVCard({ ...contact, company: contact.company?.name })).join("");
}
