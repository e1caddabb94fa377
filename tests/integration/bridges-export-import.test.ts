// "Import a Bridges export": export → import into another (empty) account → export is the same,
// once ids (new ones, by design) and the account itself (e-mail, name, sessions) are set aside.
import { describe, expect, it } from "vitest";
import { exportAllJson } from "@/lib/server/export/export-all-json";
import { importBridgesExport } from "@/lib/server/import/import-bridges-export";
import { bridgesExportSchema, EXPORT_MODEL_SCHEMAS, exportProblem, NOT_IMPORTED_MODELS } from "@/lib/validation/bridges-export";
import { userOwnedModels } from "@/lib/server/export/user-owned-models";
import { createUser } from "../factories";
import { db } from "../support/db";
import { seedEveryOwnedModel } from "./export-seed";

type Export = { exportedAt: string; user: Record<string, unknown>; data: Record<string, Record<string, unknown>[]> };

async function exportOf(userId: string): Promise<Export> {
  let text = "";
  for await (const chunk of exportAllJson(userId)) text += chunk;
  return JSON.parse(text) as Export;
}

const SETTINGS = ["timeZone", "digestEnabled", "digestHour", "reminderMinutes", "weekdaysOnly", "cadenceDefaults", "checklistDismissedAt"];
const ID_IN_TEXT = /[0-9a-z][0-9a-z-]{23,35}/g;

/** The export with every id replaced by its order of first appearance, and the account's own fields left out. */
function normalised(file: Export) {
  const labels = new Map<string, string>();
  const label = (id: string) => {
    if (!labels.has(id)) labels.set(id, `#${labels.size + 1}`);
    return labels.get(id)!;
  };
  const data = Object.fromEntries(
    Object.entries(file.data)
      .filter(([model]) => !(NOT_IMPORTED_MODELS as readonly string[]).includes(model))
      .map(([model, rows]) => [
        model,
        rows.map((row) =>
          Object.fromEntries(
            Object.entries(row).map(([key, value]) => {
              if (key === "userId") return [key, "the user"];
              if ((key === "id" || key.endsWith("Id")) && typeof value === "string") return [key, label(value)];
              if (key === "candidateIds") return [key, (value as string[]).map(label)];
              if (key === "url" && typeof value === "string") return [key, value.replace(ID_IN_TEXT, (id) => (labels.has(id) ? labels.get(id)! : id))];
              return [key, value];
            }),
          ),
        ),
      ]),
  );
  return { settings: Object.fromEntries(SETTINGS.map((name) => [name, file.user[name]])), data };
}

/** Alice: a row of every model, settings of her own, ids kept in a link and in a list. */
async function alice() {
  const { user } = await seedEveryOwnedModel(db);
  await db.user.update({ where: { id: user.id }, data: { timeZone: "America/New_York", reminderMinutes: 600, weekdaysOnly: false, cadenceDefaults: { recruiter: 45 } } });
  const followUp = await db.followUp.findFirstOrThrow({ where: { userId: user.id } });
  await db.notification.create({ data: { userId: user.id, followUpId: followUp.id, title: "Due today", url: `/follow-ups/${followUp.id}/edit` } });
  const application = await db.application.findFirstOrThrow({ where: { userId: user.id } });
  await db.inboxProposal.updateMany({ where: { userId: user.id }, data: { candidateIds: [application.id] } });
  return user;
}

describe("importing a Bridges export", () => {
  it("reads every model the export writes", () => {
    const imported = Object.keys(EXPORT_MODEL_SCHEMAS);
    expect([...imported, ...NOT_IMPORTED_MODELS].sort()).toEqual(userOwnedModels().map((model) => model.name).sort());
    // Each schema takes exactly the exported columns (a new column must be imported too).
    for (const model of userOwnedModels().filter((one) => imported.includes(one.name))) {
      const schema = EXPORT_MODEL_SCHEMAS[model.name as keyof typeof EXPORT_MODEL_SCHEMAS];
      expect(Object.keys(schema.shape).sort(), model.name).toEqual(model.fields.filter((field) => field !== "userId").sort());
    }
  });

  it("round-trips: export, import into an empty account, export again gives the same document with new ids", async () => {
    const from = await alice();
    const first = await exportOf(from.id);
    const to = await createUser(db);
    const counts = await importBridgesExport(to.id, bridgesExportSchema.parse(first));
    expect(counts.Application).toBe(1);
    expect(counts.Notification).toBe(2);

    const second = await exportOf(to.id);
    expect(normalised(second)).toEqual(normalised(first));
    // New ids everywhere, in the shape of the app's own.
    const idsOf = (file: Export) => Object.values(file.data).flatMap((rows) => rows.flatMap((row) => (typeof row.id === "string" ? [row.id] : [])));
    const oldIds = new Set(idsOf(first));
    expect(idsOf(second).filter((id) => oldIds.has(id))).toEqual([]);
    expect(second.data.Application![0]!.id).toMatch(/^c[0-9a-z]{24}$/);
    expect(second.user).toMatchObject({ id: to.id, email: to.email, timeZone: "America/New_York", reminderMinutes: 600 });
    // Alice's account is untouched.
    expect(normalised(await exportOf(from.id))).toEqual(normalised(first));
  });

  it("refuses an account that holds data, and writes nothing from a file that fails half-way", async () => {
    const from = await alice();
    const file = await exportOf(from.id);
    await expect(importBridgesExport(from.id, bridgesExportSchema.parse(file))).rejects.toThrow(/already holds data/);

    // The last model points at a row that is not in the file: everything before it is rolled back.
    const broken = structuredClone(file);
    broken.data.InboxProposal![0]!.applicationId = "c000000000000000000000000";
    const to = await createUser(db);
    await expect(importBridgesExport(to.id, bridgesExportSchema.parse(broken))).rejects.toThrow(/InboxProposal 1 points to a Application row that is not in the file/);
    expect(await db.company.count({ where: { userId: to.id } })).toBe(0);
    expect(await db.user.findUniqueOrThrow({ where: { id: to.id }, select: { timeZone: true } })).toEqual({ timeZone: "Europe/London" });
  });

  it("says where a file is wrong", async () => {
    const file = await exportOf((await alice()).id);
    file.data.Application![0]!.status = "hired";
    const result = bridgesExportSchema.safeParse(file);
    expect(result.success).toBe(false);
    expect(exportProblem(result.error!)).toMatch(/^This export cannot be imported: Application 1, status: /);
    expect(exportProblem(bridgesExportSchema.safeParse({ format: "bridges-backup" }).error!)).toMatch(/^This file is not a Bridges export/);
  });
});
