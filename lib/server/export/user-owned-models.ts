import { Prisma } from "@prisma/client";

// Read from Prisma's own description of the schema, so that a model added later is exported
// (and deleted with the account) without anyone having to remember this list.

/**
 * Fields never exported: the password hash, the calendar feed's secret, session ids, the mailbox's
 * sealed password — and the page cache's counter, which means nothing outside this database.
 */
export const UNEXPORTED_FIELDS: Readonly<Record<string, readonly string[]>> = {
  User: ["passwordHash", "calendarToken", "dataVersion"],
  AuthSession: ["id"],
  ApiToken: ["tokenHash"],
  InboxMailbox: ["passwordSealed"],
};

export type OwnedModel = {
  name: string;
  /** The `db.<delegate>` that reads it, e.g. "followUp" for FollowUp. */
  delegate: string;
  /** Exported columns: scalar fields minus the unexported ones. */
  fields: string[];
  /** A stable order for paging: the id, or every key column of a join table. */
  orderBy: string[];
};

function describe(model: Prisma.DMMF.Model): OwnedModel {
  const unexported = UNEXPORTED_FIELDS[model.name] ?? [];
  const scalars = model.fields.filter((field) => field.kind === "scalar" || field.kind === "enum");
  const hasId = scalars.some((field) => field.name === "id");
  return {
    name: model.name,
    delegate: model.name[0]!.toLowerCase() + model.name.slice(1),
    fields: scalars.map((field) => field.name).filter((name) => !unexported.includes(name)),
    orderBy: hasId ? ["id"] : scalars.filter((field) => field.name.endsWith("Id")).map((field) => field.name),
  };
}

/** Every model whose rows belong to one user (those with a `userId` column). */
export function userOwnedModels(): OwnedModel[] {
  return Prisma.dmmf.datamodel.models.filter((model) => model.fields.some((field) => field.name === "userId")).map(describe);
}

export function userModel(): OwnedModel {
  return describe(Prisma.dmmf.datamodel.models.find((model) => model.name === "User")!);
}
