import { db } from "../../db";

/** The account fields the settings page edits. */
export function getAccount(userId: string) {
  return db.user.findFirst({ where: { id: userId }, select: { name: true, email: true, cadenceDefaults: true } });
}
