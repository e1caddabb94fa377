"use server";

import { revalidatePath } from "next/cache";
import { revalidateRecordPage, runFormAction, toId } from "@/lib/actions/form-action";
import { updateCompany } from "@/lib/server/companies/update-company";
import { companySchema } from "@/lib/validation/company";
import { formDataToObject, type FormState } from "@/lib/validation/form";

export async function updateCompanyAction(companyId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(companySchema, formDataToObject(formData), (user, input) => updateCompany(user.id, toId(companyId), input));
  if (!outcome.ok) return outcome.state;
  revalidatePath("/companies");
  revalidateRecordPage("/companies", companyId);
  revalidatePath("/applications");
  return { ok: true, message: "Company saved." };
}
