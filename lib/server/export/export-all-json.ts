import { db } from "../../db";
import { notFound } from "../../errors";
import { userModel, userOwnedModels, type OwnedModel } from "./user-owned-models";

const PAGE_SIZE = 2000;

type Reader = { findMany(args: object): Promise<Record<string, unknown>[]> };

// The delegates differ in type but share findMany; the model list comes from the schema itself.
function reader(model: OwnedModel): Reader {
  return (db as unknown as Record<string, Reader>)[model.delegate]!;
}

const select = (model: OwnedModel) => Object.fromEntries(model.fields.map((field) => [field, true]));

async function* pagesOf(model: OwnedModel, userId: string) {
  for (let skip = 0; ; skip += PAGE_SIZE) {
    const rows = await reader(model).findMany({
      where: { userId },
      select: select(model),
      orderBy: model.orderBy.map((field) => ({ [field]: "asc" })),
      skip,
      take: PAGE_SIZE,
    });
    if (rows.length) yield rows;
    if (rows.length < PAGE_SIZE) return;
  }
}

/**
 * Every row the user owns, as one JSON document written piece by piece (a model at a time, a
 * page at a time) so that a large account never sits in memory whole:
 * `{ format, version, exportedAt, user, data: { Application: [...], Contact: [...], ... } }`.
 */
export async function* exportAllJson(userId: string, now = new Date()): AsyncGenerator<string> {
  const user = await reader(userModel()).findMany({ where: { id: userId }, select: select(userModel()) });
  if (!user[0]) throw notFound("User");
  yield `{"format":"bridges-export","version":1,"exportedAt":${JSON.stringify(now)},"user":${JSON.stringify(user[0])},"data":{`;
  let firstModel = true;
  for (const model of userOwnedModels()) {
    yield `${firstModel ? "" : ","}${JSON.stringify(model.name)}:[`;
    firstModel = false;
    let firstRow = true;
    for await (const rows of pagesOf(model, userId)) {
      yield (firstRow ? "" : ",") + rows.map((row) => JSON.stringify(row, bigIntAsString)).join(",");
      firstRow = false;
    }
    yield "]";
  }
  yield "}}\n";
}

function bigIntAsString(_key: string, value: unknown) {
  return typeof value === "bigint" ? value.toString() : value;
}
