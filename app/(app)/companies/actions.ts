"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { revalidateRecordPage, runFormAction, toId } from "@/lib/actions/form-action";
import { deleteCompany } from "@/lib/server/companies/delete-company";
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

// The delete button sends nothing but its bound id; anything else in the form is refused.
const deleteCompanyForm = z.strictObject({});

export async function deleteCompanyAction(companyId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(deleteCompanyForm, formDataToObject(formData), (user) => deleteCompany(user.id, toId(companyId)));
  if (!outcome.ok) return outcome.state;
  revalidatePath("/companies");
  revalidatePath("/contacts");
  redirect("/companies");
}
