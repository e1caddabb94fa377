import { randomBytes } from "node:crypto";
import { db, type Tx } from "../../db";
import { AppError, notFound } from "../../errors";
import { EXPORT_MODEL_SCHEMAS, type BridgesExport, type ImportedModel } from "../../validation/bridges-export";

/**
 * Which model each id column points to; the models in an order where every row's references are
 * already in (EXPORT_MODEL_SCHEMAS's order).
 */
const REFERENCES: { [Name in ImportedModel]: Record<string, ImportedModel> } = {
  Company: {},
  Contact: { companyId: "Company" },
  Application: { companyId: "Company", referrerId: "Contact" },
  Interview: { applicationId: "Application" },
  InterviewInterviewer: { interviewId: "Interview", contactId: "Contact" },
  Rejection: { applicationId: "Application", senderId: "Contact" },
  Interaction: { contactId: "Contact", applicationId: "Application" },
  Note: { applicationId: "Application", contactId: "Contact" },
  Activity: { applicationId: "Application", contactId: "Contact" },
  Template: {},
  Letter: { applicationId: "Application", rejectionId: "Rejection", contactId: "Contact", templateId: "Template" },
  FollowUp: { contactId: "Contact", applicationId: "Application", rejectionId: "Rejection" },
  Notification: { followUpId: "FollowUp" },
  Delivery: { followUpId: "FollowUp" },
  InboxProposal: { applicationId: "Application" },
};
const MODELS = Object.keys(EXPORT_MODEL_SCHEMAS) as ImportedModel[];
const BATCH = 1000;
// A cuid or a UUID inside a link.
const ID_IN_TEXT = /[0-9a-z][0-9a-z-]{23,35}/g;

type Row = Record<string, unknown>;
type Writer = { count(args: object): Promise<number>; createMany(args: { data: Row[] }): Promise<unknown> };
const writer = (tx: Tx, model: ImportedModel) => (tx as unknown as Record<string, Writer>)[model[0]!.toLowerCase() + model.slice(1)]!;

const BASE36 = "0123456789abcdefghijklmnopqrstuvwxyz";
const randomBase36 = (length: number) => [...randomBytes(length)].map((byte) => BASE36[byte % 36]).join("");

/**
 * New ids in the shape of Prisma's cuid, in the same order as the rows of the file (which the
 * export lists by id): "c", a prefix shared by this import, the row's rank, a random tail. Pages
 * and exports ordered by id list the imported rows as the old account did.
 */
function idMaker() {
  const prefix = randomBase36(8);
  return (rank: number) => `c${prefix}${rank.toString(36).padStart(8, "0")}${randomBase36(8)}`;
}

export type ImportedCounts = Record<ImportedModel, number>;

/**
 * Everything a full JSON export holds (lib/server/export/export-all-json.ts) copied into the
 * user's account, which must hold no data yet: every row gets a new id and every reference the
 * new id of the row it pointed to; the user's settings (time zone, working hours, digest,
 * cadences) come along, their e-mail, name and password stay. One transaction: a file that
 * fails anywhere leaves the account as it was.
 */
export async function importBridgesExport(userId: string, file: BridgesExport): Promise<ImportedCounts> {
  return db.$transaction(
    async (tx) => {
      // Two imports at once into one account: the second waits, then finds the account full.
      const [owner] = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "User" WHERE id = ${userId} FOR UPDATE`;
      if (!owner) throw notFound("User");
      for (const model of MODELS) {
        if ((await writer(tx, model).count({ where: { userId } })) > 0) {
          throw new AppError("CONFLICT", "This account already holds data. Import a Bridges export into a new, empty account.");
        }
      }

      const newIds = new Map<ImportedModel, Map<string, string>>(MODELS.map((model) => [model, new Map()]));
      const newId = idMaker();
      for (const model of MODELS) {
        for (const [rank, row] of (file.data[model] as Row[]).entries()) {
          if (typeof row.id !== "string") continue;
          if (newIds.get(model)!.has(row.id)) throw new AppError("INVALID", `This export cannot be imported: ${model} ${rank + 1} repeats the id of another row.`);
          newIds.get(model)!.set(row.id, newId(rank));
        }
      }
      const newIdOf = new Map([...newIds.values()].flatMap((ids) => [...ids.entries()]));

      const counts = {} as ImportedCounts;
      for (const model of MODELS) {
        const rows = (file.data[model] as Row[]).map((row, index) => {
          const copy: Row = { ...row, userId };
          if (typeof row.id === "string") copy.id = newIds.get(model)!.get(row.id);
          for (const [column, target] of Object.entries(REFERENCES[model])) {
            const old = row[column];
            if (old === null || old === undefined) continue;
            const mapped = newIds.get(target)!.get(old as string);
            if (!mapped) throw new AppError("INVALID", `This export cannot be imported: ${model} ${index + 1} points to a ${target} row that is not in the file.`);
            copy[column] = mapped;
          }
          // Ids kept outside foreign keys: the applications an e-mail might be about, a notification's link.
          if (model === "InboxProposal") copy.candidateIds = (row.candidateIds as string[]).flatMap((id) => newIds.get("Application")!.get(id) ?? []);
          if (model === "Notification" && typeof row.url === "string") copy.url = row.url.replace(ID_IN_TEXT, (old) => newIdOf.get(old) ?? old);
          return copy;
        });
        for (let start = 0; start < rows.length; start += BATCH) await writer(tx, model).createMany({ data: rows.slice(start, start + BATCH) });
        counts[model] = rows.length;
      }

      const { timeZone, digestEnabled, digestHour, reminderMinutes, weekdaysOnly, cadenceDefaults, checklistDismissedAt } = file.user;
      await tx.user.update({ where: { id: userId }, data: { timeZone, digestEnabled, digestHour, reminderMinutes, weekdaysOnly, cadenceDefaults, checklistDismissedAt } });
      return counts;
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
}
