import type { Prisma } from "@prisma/client";
import { db } from "../../db";
import type { ApplicationListQuery } from "../../validation/application";

export const APPLICATIONS_PAGE_SIZE = 25;

const ORDER: Record<ApplicationListQuery["sort"], (dir: Prisma.SortOrder) => Prisma.ApplicationOrderByWithRelationInput[]> = {
  appliedOn: (dir) => [{ appliedOn: { sort: dir, nulls: "last" } }, { id: dir }],
  company: (dir) => [{ company: { name: dir } }, { id: dir }],
  status: (dir) => [{ status: dir }, { lastActivityAt: "desc" }, { id: dir }],
  lastActivity: (dir) => [{ lastActivityAt: dir }, { id: dir }],
};

export function applicationFilter(userId: string, query: Pick<ApplicationListQuery, "status" | "tag" | "q">): Prisma.ApplicationWhereInput {
  const contains = query.q ? { contains: query.q, mode: "insensitive" as const } : undefined;
  return {
    userId,
    deletedAt: null,
    ...(query.status ? { status: query.status } : {}),
    ...(query.tag ? { tags: { has: query.tag } } : {}),
    ...(contains ? { OR: [{ role: contains }, { company: { name: contains } }, { notes: contains }] } : {}),
  };
}

/** One page of the applications table: two queries whatever the number of rows. */
export async function listApplications(userId: string, query: ApplicationListQuery) {
  const where = applicationFilter(userId, query);
  const [total, rows] = await Promise.all([
    db.application.count({ where }),
    db.application.findMany({
      where,
      orderBy: ORDER[query.sort](query.dir),
      skip: (query.page - 1) * APPLICATIONS_PAGE_SIZE,
      take: APPLICATIONS_PAGE_SIZE,
      select: {
        id: true,
        role: true,
        status: true,
        appliedOn: true,
        lastActivityAt: true,
        tags: true,
        priority: true,
        company: { select: { id: true, name: true } },
      },
    }),
  ]);
  return { rows, total, page: query.page, pageCount: Math.max(1, Math.ceil(total / APPLICATIONS_PAGE_SIZE)) };
}
export type ApplicationRow = Awaited<ReturnType<typeof listApplications>>["rows"][number];
