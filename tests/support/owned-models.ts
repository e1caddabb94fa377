import { userOwnedModels as describeOwnedModels } from "../../lib/server/export/user-owned-models";

/** Names of every Prisma model that carries a `userId` (the export's own list, from the schema). */
export function userOwnedModels(): string[] {
  return describeOwnedModels().map((model) => model.name);
}

export function delegateName(model: string): string {
  return model.charAt(0).toLowerCase() + model.slice(1);
}
