// Pieces the raw-SQL reads share (the hot pages read in plain SQL: bench/RESULTS.md).
import { Prisma } from "@prisma/client";

/**
 * A moment as the UTC wall-clock text that `timestamp` (without time zone) columns hold, to be
 * cast with `::timestamp` (or `::timestamp[]` for a list): Prisma stores DateTime in UTC.
 */
export const utcTimestamp = (instant: Date) => instant.toISOString().slice(0, 23);

/** A moment to compare with a `timestamp` column. */
export const atMoment = (instant: Date) => Prisma.sql`${utcTimestamp(instant)}::timestamp`;

/** The columns `linkedRecordJoins` reads: the contact and application a row points at. */
export const LINKED_RECORD_COLUMNS = Prisma.sql`ct.id AS "contactId", ct.name AS "contactName",
  a.id AS "applicationId", a.role, co.id AS "companyId", co.name AS "companyName"`;

/** Joins the contact, application and company that the rows of `alias` point at by contactId / applicationId. */
export const linkedRecordJoins = (alias: string) => Prisma.sql`
  LEFT JOIN "Contact" ct ON ct.id = ${Prisma.raw(`${alias}."contactId"`)}
  LEFT JOIN "Application" a ON a.id = ${Prisma.raw(`${alias}."applicationId"`)}
  LEFT JOIN "Company" co ON co.id = a."companyId"`;

export type LinkedRecordColumns = {
  contactId: string | null;
  contactName: string | null;
  applicationId: string | null;
  role: string | null;
  companyId: string | null;
  companyName: string | null;
};

export type LinkedRecords = {
  contact: { id: string; name: string } | null;
  application: { id: string; role: string; company: { id: string; name: string } } | null;
};

/** A row read with LINKED_RECORD_COLUMNS, its contact and application as objects. */
export function withLinkedRecords<R extends LinkedRecordColumns>(row: R): Omit<R, keyof LinkedRecordColumns> & LinkedRecords {
  const { contactId, contactName, applicationId, role, companyId, companyName, ...rest } = row;
  return {
    ...rest,
    contact: contactId ? { id: contactId, name: contactName! } : null,
    application: applicationId ? { id: applicationId, role: role!, company: { id: companyId!, name: companyName! } } : null,
  };
}
