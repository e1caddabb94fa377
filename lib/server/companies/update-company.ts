import { Prisma } from "@prisma/client";
import { db } from "../../db";
import { AppError, notFound } from "../../errors";
import type { CompanyInput } from "../../validation/company";

export async function updateCompany(userId: string, companyId: string, input: CompanyInput) {
  try {
    const { count } = await db.company.updateMany({ where: { id: companyId, userId }, data: input });
    if (!count) throw notFound("Company");
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new AppError("CONFLICT", "You already have a company with that name.", { name: ["You already have a company with that name"] });
    }
    throw error;
  }
}
