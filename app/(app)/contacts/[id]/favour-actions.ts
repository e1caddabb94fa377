"use server";

import { revalidateRecordPage, runOneClick } from "@/lib/actions/form-action";
import { settleFavour } from "@/lib/server/favours/settle-favour";

export async function settleFavourAction(contactId: string, interactionId: string) {
  await runOneClick((userId) => settleFavour(userId, interactionId));
  revalidateRecordPage("/contacts", contactId);
}
