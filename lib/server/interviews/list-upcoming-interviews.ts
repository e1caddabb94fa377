import type { ApplicationStatus, InterviewKind, InterviewOutcome } from "@prisma/client";
import { db } from "../../db";
import { atMoment } from "../raw-sql";

export type UpcomingInterview = {
  id: string;
  kind: InterviewKind;
  round: number | null;
  scheduledAt: Date;
  durationMinutes: number;
  outcome: InterviewOutcome;
  application: { id: string; role: string; status: ApplicationStatus; company: { id: string; name: string } };
  interviewers: { contact: { id: string; name: string; email: string | null } }[];
};

type Row = Omit<UpcomingInterview, "application" | "interviewers"> & {
  applicationId: string;
  role: string;
  status: ApplicationStatus;
  companyId: string;
  companyName: string;
  interviewers: { id: string; name: string; email: string | null }[];
};

/**
 * Interviews scheduled in [from, to), soonest first, with their application, company and
 * interviewers; never those of applications in the trash, nor cancelled ones. Raw SQL for the
 * dashboard, where Prisma compiling the query cost more CPU than running it (bench/RESULTS.md).
 */
export async function listUpcomingInterviews(userId: string, { from, to }: { from: Date; to: Date }): Promise<UpcomingInterview[]> {
  const rows = await db.$queryRaw<Row[]>`
    SELECT i.id, i.kind::text AS kind, i.round, i."scheduledAt", i."durationMinutes", i.outcome::text AS outcome,
      a.id AS "applicationId", a.role, a.status::text AS status, co.id AS "companyId", co.name AS "companyName",
      COALESCE((
        SELECT json_agg(json_build_object('id', ct.id, 'name', ct.name, 'email', ct.email) ORDER BY ct.name, ct.id)
        FROM "InterviewInterviewer" ii JOIN "Contact" ct ON ct.id = ii."contactId" AND ct."deletedAt" IS NULL
        WHERE ii."interviewId" = i.id
      ), '[]'::json) AS interviewers
    FROM "Interview" i
    JOIN "Application" a ON a.id = i."applicationId" AND a."deletedAt" IS NULL
    JOIN "Company" co ON co.id = a."companyId"
    WHERE i."userId" = ${userId} AND i.outcome <> 'cancelled'
      AND i."scheduledAt" >= ${atMoment(from)} AND i."scheduledAt" < ${atMoment(to)}
    ORDER BY i."scheduledAt" ASC, i.id ASC
    LIMIT 100`;
  return rows.map(({ applicationId, role, status, companyId, companyName, interviewers, ...interview }) => ({
    ...interview,
    application: { id: applicationId, role, status, company: { id: companyId, name: companyName } },
    interviewers: interviewers.map((contact) => ({ contact })),
  }));
}
