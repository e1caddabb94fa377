import { db } from "../../db";
import { NOT_ABOUT_TRASHED_CONTACT } from "../contacts/trash";

const TIMELINE_LIMIT = 200;

/** The dated timeline of one application or one contact, newest first. */
export function listTimeline(userId: string, subject: { applicationId: string } | { contactId: string }) {
  return db.activity.findMany({
    where: { userId, ...subject, ...NOT_ABOUT_TRASHED_CONTACT },
    orderBy: [{ occurredAt: "desc" }, { id: "desc" }],
    take: TIMELINE_LIMIT,
    select: { id: true, kind: true, summary: true, occurredAt: true },
  });
}
export type TimelineEntry = Awaited<ReturnType<typeof listTimeline>>[number];
