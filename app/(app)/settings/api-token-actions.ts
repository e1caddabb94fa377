"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { runFormAction, toId } from "@/lib/actions/form-action";
import { createApiToken } from "@/lib/server/api-tokens/create-api-token";
import { revokeApiToken } from "@/lib/server/api-tokens/revoke-api-token";
import { createApiTokenSchema } from "@/lib/validation/api-token";
import { formDataToObject, type FormState } from "@/lib/validation/form";

export type CreateTokenState = FormState & { secret?: string; tokenName?: string };

export async function createApiTokenAction(_prev: CreateTokenState, formData: FormData): Promise<CreateTokenState> {
  const outcome = await runFormAction(createApiTokenSchema, formDataToObject(formData), (user, input) => createApiToken(user.id, input));
  if (!outcome.ok) return outcome.state;
  revalidatePath("/settings");
  // The secret goes back to this one response and is never readable again.
  return { ok: true, secret: outcome.value.secret, tokenName: outcome.value.name };
}

export async function revokeApiTokenAction(tokenId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(z.strictObject({}), formDataToObject(formData), (user) => revokeApiToken(user.id, toId(tokenId)));
  if (!outcome.ok) return outcome.state;
  revalidatePath("/settings");
  return { ok: true, message: "Token revoked." };
}
