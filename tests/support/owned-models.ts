import { Prisma } from "@prisma/client";

/** Every Prisma model that carries a `userId` — derived from the schema, so new models join in. */
export function userOwnedModels(): string[] {
  return Prisma.dmmf.datamodel.models
    .filter((model) => model.fields.some((field) => field.name === "userId"))
    .map((model) => model.name);
}

export function delegateName(model: string): string {
  return model.charAt(0).toLowerCase() + model.slice(1);
}
