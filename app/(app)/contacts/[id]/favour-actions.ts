"use server";

import { revalidateRecordPage, runOneClick, toId } from "@/lib/actions/form-action";
import { settleFavour } from "@/lib/server/favours/settle-favour";

export async function settleFavourAction(contactId: string, interactionId: string) {
  await runOneClick((userId) => settleFavour(userId, toId(interactionId)));
  revalidateRecordPage("/contacts", contactId);
}
