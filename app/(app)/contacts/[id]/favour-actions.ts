"use server";

import { revalidateRecordPage, runOneClick, toIds } from "@/lib/actions/form-action";
import { settleFavour } from "@/lib/server/favours/settle-favour";

export async function settleFavourAction(contactId: string, interactionId: string) {
  await runOneClick((userId) => settleFavour(userId, toIds(contactId, interactionId)[1]));
  revalidateRecordPage("/contacts", contactId);
}
