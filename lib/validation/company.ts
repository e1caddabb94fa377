import { z } from "zod";
import { optionalHttpUrl, optionalText, requiredText } from "./fields";

export const companySchema = z.strictObject({
  name: requiredText(200, "Enter the company's name"),
  website: optionalHttpUrl,
  notes: optionalText(10_000),
});
export type CompanyInput = z.infer<typeof companySchema>;
