import { db } from "../../db";

export type FirstRunChecklist = {
  /** Each first step, true once done. */
  steps: { application: boolean; contact: boolean; interview: boolean; calendar: boolean };
  dismissed: boolean;
  /** Nothing in the account yet: demo data may be loaded (lib/server/demo/load-demo-data.ts). */
  empty: boolean;
};

/** Where a new account stands on its first steps: one row, each answer an index probe. */
export async function getFirstRunChecklist(userId: string): Promise<FirstRunChecklist | null> {
  const [row] = await db.$queryRaw<
    { dismissed: boolean; calendar: boolean; application: boolean; contact: boolean; interview: boolean; company: boolean; followUp: boolean }[]
  >`
    SELECT u."checklistDismissedAt" IS NOT NULL AS dismissed,
      u."calendarFeedReadAt" IS NOT NULL AS calendar,
      EXISTS (SELECT 1 FROM "Application" WHERE "userId" = u.id AND "deletedAt" IS NULL) AS application,
      EXISTS (SELECT 1 FROM "Contact" WHERE "userId" = u.id AND "deletedAt" IS NULL) AS contact,
      EXISTS (SELECT 1 FROM "Interview" WHERE "userId" = u.id) AS interview,
      EXISTS (SELECT 1 FROM "Company" WHERE "userId" = u.id) AS company,
      EXISTS (SELECT 1 FROM "FollowUp" WHERE "userId" = u.id) AS "followUp"
    FROM "User" u WHERE u.id = ${userId}`;
  if (!row) return null;
  const { dismissed, calendar, application, contact, interview, company, followUp } = row;
  return { steps: { application, contact, interview, calendar }, dismissed, empty: !company && !contact && !followUp };
}
