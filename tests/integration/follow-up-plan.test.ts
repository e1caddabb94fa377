import { describe, expect, it } from "vitest";
import { acceptFollowUpPlan } from "@/lib/server/follow-up-plans/accept-follow-up-plan";
import { proposeRejectionPlan } from "@/lib/server/follow-up-plans/propose-follow-up-plan";
import { markLetterSent } from "@/lib/server/letters/mark-letter-sent";
import { logRejection } from "@/lib/server/rejections/log-rejection";
import { acceptPlanSchema, planFieldErrors, planFormToObject } from "@/lib/validation/follow-up-plan";
import { logRejectionSchema } from "@/lib/validation/rejection";
import { createApplication, createCompany, createContact, createFollowUp, createInterview, createUser } from "../factories";
import { db } from "../support/db";

type Ticks = { closeSecond?: boolean; renewedInterest?: boolean; wantsReferrals?: boolean };

/**
 * A rejection received Thursday 26 Nov 2026 by a New Yorker, sent by Rita (the recruiter) after a
 * panel of four: Hana (the hiring manager), Dana, Eli and Ravi. By default a close second, still
 * interested, with referrals wanted.
 */
async function rejected({ closeSecond = true, renewedInterest = true, wantsReferrals = true }: Ticks = {}) {
  const user = await createUser(db, { timeZone: "America/New_York" });
  const company = await createCompany(db, user.id, { name: "Northwind Labs" });
  const application = await createApplication(db, user.id, { companyId: company.id, role: "Product Engineer" });
  const hana = await createContact(db, user.id, { name: "Hana Lee", role: "hiring_manager" });
  const dana = await createContact(db, user.id, { name: "Dana Smith", role: "interviewer" });
  const eli = await createContact(db, user.id, { name: "Eli Cohen", role: "interviewer" });
  const ravi = await createContact(db, user.id, { name: "Ravi Patel", role: "interviewer" });
  const rita = await createContact(db, user.id, { name: "Rita Ortiz", role: "recruiter" });
  await createInterview(db, user.id, application.id, { interviewerIds: [dana.id], scheduledAt: new Date("2026-11-02T15:00:00Z") });
  await createInterview(db, user.id, application.id, { interviewerIds: [hana.id, eli.id, ravi.id], scheduledAt: new Date("2026-11-12T15:00:00Z") });
  const tick = (on: boolean) => (on ? "on" : undefined);
  const input = logRejectionSchema.parse({
    receivedOn: "2026-11-26",
    stageReached: "final",
    channel: "email",
    senderId: rita.id,
    closeSecond: tick(closeSecond),
    renewedInterest: tick(renewedInterest),
    wantsReferrals: tick(wantsReferrals),
  });
  await logRejection(user.id, application.id, input, new Date("2026-11-26T15:00:00Z"));
  return { user, application, hana, dana, eli, ravi, rita };
}

/** What the plan form posts when the user keeps the proposal as it is. */
function asForm(proposal: Awaited<ReturnType<typeof proposeRejectionPlan>>["proposal"]) {
  const values: Record<string, string> = {};
  proposal.forEach((item, index) => {
    Object.assign(values, {
      [`items.${index}.include`]: "on",
      [`items.${index}.kind`]: item.kind,
      [`items.${index}.title`]: item.title,
      [`items.${index}.notes`]: item.notes,
      [`items.${index}.contactId`]: item.contactId ?? "",
      [`items.${index}.dueOn`]: item.dueOn,
      [`items.${index}.cadenceDays`]: item.cadenceDays?.toString() ?? "",
    });
  });
  return values;
}
const parse = (values: Record<string, string>) => acceptPlanSchema.parse(planFormToObject(values));

async function planRows(userId: string) {
  return db.followUp.findMany({ where: { userId }, orderBy: [{ dueAt: "asc" }, { title: "asc" }] });
}

describe("the proposed plan", () => {
  const whoGetsWhat = (plan: Awaited<ReturnType<typeof proposeRejectionPlan>>) => plan.summary.people.map((person) => [person.name, person.kinds.join(", ")]);

  it("checks in with the hiring manager and the recruiter, asks the interviewer most in touch for referrals, saving nothing", async () => {
    const { user, application, dana, eli, hana, ravi, rita } = await rejected();
    // Dana got a thank-you: she is the interviewer most in touch, though she was not on the last panel.
    const toDana = await db.letter.findFirstOrThrow({ where: { userId: user.id, contactId: dana.id } });
    await markLetterSent(user.id, toDana.id, { subject: toDana.subject, body: toDana.body });

    const plan = await proposeRejectionPlan(user.id, application.id);
    expect(plan.accepted).toEqual([]);
    expect(plan.proposal.map((item) => [item.kind, item.contactName, item.dueOn, item.notes])).toEqual([
      // Rita and Hana are full with their two check-ins: the request goes to the next with room.
      ["referral_request", "Dana Smith", "2026-12-10", "An interviewer you are in touch with: interviewers pass their second choices on."],
      ["check_in", "Hana Lee", "2027-01-25", "Hiring manager: decides if the hire does not work out."],
      ["check_in", "Rita Ortiz", "2027-01-25", "Sent the decision: hears first when the role opens again."],
      ["second_check_in", "Hana Lee", "2027-02-24", "You were a close second: around 90 days the new hire's probation ends."],
      ["second_check_in", "Rita Ortiz", "2027-02-24", "You were a close second: around 90 days the new hire's probation ends."],
      ["keep_in_touch", "Eli Cohen", "2027-02-24", "Met during Product Engineer at Northwind Labs: a note every 90 days keeps the contact warm."],
      ["keep_in_touch", "Ravi Patel", "2027-02-24", "Met during Product Engineer at Northwind Labs: a note every 90 days keeps the contact warm."],
      // After her referral request (14 + 90 days), not on top of it.
      ["keep_in_touch", "Dana Smith", "2027-03-10", "Met during Product Engineer at Northwind Labs: a note every 90 days keeps the contact warm."],
    ]);
    expect(plan.proposal[1]!.dueAt.toISOString()).toBe("2027-01-25T14:00:00.000Z"); // 09:00 EST
    expect(plan.summary.total).toBe(8);
    expect(whoGetsWhat(plan)).toEqual([
      ["Dana Smith", "referral_request, keep_in_touch"],
      ["Hana Lee", "check_in, second_check_in"],
      ["Rita Ortiz", "check_in, second_check_in"],
      ["Eli Cohen", "keep_in_touch"],
      ["Ravi Patel", "keep_in_touch"],
    ]);
    expect(new Set(plan.people.map((person) => person.id))).toEqual(new Set([dana.id, eli.id, hana.id, ravi.id, rita.id]));
    expect(await db.followUp.count({ where: { userId: user.id } })).toBe(0);
  });

  it("asks whoever is credited with offering help for referrals: the sender by default, else who the user ticked", async () => {
    const { user, application, eli, rita } = await rejected({ closeSecond: false });
    const referralRequest = async () =>
      (await proposeRejectionPlan(user.id, application.id)).proposal.filter((item) => item.kind === "referral_request").map((item) => [item.contactName, item.notes]);
    expect(await referralRequest()).toEqual([["Rita Ortiz", "Offered to help: the one to ask."]]);
    // In the letters step the user credits Eli, not Rita.
    await db.letter.updateMany({ where: { userId: user.id, contactId: rita.id }, data: { credited: false } });
    await db.letter.updateMany({ where: { userId: user.id, contactId: eli.id }, data: { credited: true } });
    expect(await referralRequest()).toEqual([["Eli Cohen", "Offered to help: the one to ask."]]);
  });

  it("without a close second: one check-in each, and the sender is asked for referrals", async () => {
    const { user, application } = await rejected({ closeSecond: false });
    const plan = await proposeRejectionPlan(user.id, application.id);
    expect(whoGetsWhat(plan)).toEqual([
      ["Rita Ortiz", "referral_request, check_in"],
      ["Hana Lee", "check_in, keep_in_touch"],
      ["Eli Cohen", "keep_in_touch"],
      ["Ravi Patel", "keep_in_touch"],
      ["Dana Smith", "keep_in_touch"],
    ]);
  });

  it("with “Still interested” unticked: nothing about this role, only keeping in touch and asking about other openings", async () => {
    const { user, application } = await rejected({ renewedInterest: false });
    const plan = await proposeRejectionPlan(user.id, application.id);
    expect(plan.proposal.map((item) => item.kind).filter((kind) => kind !== "keep_in_touch")).toEqual(["referral_request"]);
    expect(plan.proposal[0]!.title).toBe("Ask Rita Ortiz about other openings");
    expect(plan.proposal.map((item) => `${item.title} ${item.notes}`).join("\n")).not.toMatch(/interest|check in|opens again|probation/i);

    const neither = await rejected({ renewedInterest: false, wantsReferrals: false });
    const { proposal } = await proposeRejectionPlan(neither.user.id, neither.application.id);
    expect(proposal.map((item) => item.kind)).toEqual(Array(5).fill("keep_in_touch"));
  });

  it("starts no second cadence for anyone on one anywhere in the account, and says so", async () => {
    const { user, application, eli, ravi } = await rejected({ closeSecond: false, wantsReferrals: false });
    // Ravi: a keep-in-touch follow-up from another application; Eli: his own cadence, next touch set.
    const elsewhere = await createApplication(db, user.id);
    await createFollowUp(db, user.id, { contactId: ravi.id, applicationId: elsewhere.id, origin: "cadence", cadenceDays: 30, title: "Keep in touch with Ravi" });
    await db.contact.update({ where: { id: eli.id }, data: { keepInTouchDays: 45, nextTouchAt: new Date("2027-01-10T14:00:00Z") } });
    const plan = await proposeRejectionPlan(user.id, application.id);
    expect(plan.proposal.filter((item) => item.kind === "keep_in_touch").map((item) => item.contactName)).toEqual(["Dana Smith", "Rita Ortiz", "Hana Lee"]);
    expect(plan.onCadence.map((person) => person.name).sort()).toEqual(["Eli Cohen", "Ravi Patel"]);

    // A dismissed or done cadence is over: Ravi may start a new one.
    await db.followUp.updateMany({ where: { userId: user.id, contactId: ravi.id }, data: { status: "dismissed" } });
    const again = await proposeRejectionPlan(user.id, application.id);
    expect(again.proposal.filter((item) => item.kind === "keep_in_touch").map((item) => item.contactName)).toContain("Ravi Patel");
  });

  it("is empty before a rejection is logged", async () => {
    const user = await createUser(db);
    const application = await createApplication(db, user.id);
    expect(await proposeRejectionPlan(user.id, application.id)).toMatchObject({ rejection: null, proposal: [] });
  });
});

describe("accepting the plan", () => {
  it("creates the follow-ups the user kept, as edited, with their reasons, on weekday mornings in their zone, in one go", async () => {
    const { user, application, eli } = await rejected();
    const { proposal } = await proposeRejectionPlan(user.id, application.id);
    const values = asForm(proposal);
    values["items.0.include"] = ""; // drop the referral request
    values["items.1.title"] = "Coffee with Hana";
    values["items.1.dueOn"] = "2027-01-30"; // a Saturday chosen by the user is kept
    const elisCadence = proposal.findIndex((item) => item.kind === "keep_in_touch" && item.contactId === eli.id);
    values[`items.${elisCadence}.cadenceDays`] = "45";

    const created = await acceptFollowUpPlan(user.id, application.id, parse(values));
    expect(created).toHaveLength(proposal.length - 1);
    const rows = await planRows(user.id);
    expect(rows.map((row) => row.title)).not.toContain(proposal[0]!.title);
    expect(rows.find((row) => row.title === "Coffee with Hana")).toMatchObject({
      origin: "rejection_plan",
      dueAt: new Date("2027-01-30T14:00:00Z"),
      cadenceDays: null,
      applicationId: application.id,
      notes: "Hiring manager: decides if the hire does not work out.",
    });
    const cadences = rows.filter((row) => row.origin === "cadence");
    expect(cadences).toHaveLength(3);
    // Eli, first on the last panel, was to be asked for referrals: his cadence starts after that
    // request (14 + 90 days), at 09:00 New York time, though the request itself was dropped.
    expect(cadences.find((row) => row.contactId === eli.id)).toMatchObject({ cadenceDays: 45, dueAt: new Date("2027-03-10T14:00:00Z"), status: "pending" });
    expect(await db.contact.findUniqueOrThrow({ where: { id: eli.id } })).toMatchObject({ keepInTouchDays: 45, nextTouchAt: new Date("2027-03-10T14:00:00Z") });

    const again = await proposeRejectionPlan(user.id, application.id);
    expect(again.proposal).toEqual([]);
    expect(again.accepted).toHaveLength(created.length);
    await expect(acceptFollowUpPlan(user.id, application.id, parse(values))).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await db.followUp.count({ where: { userId: user.id } })).toBe(created.length);
  });

  it("refuses a second cadence for one person, on the field, and saves nothing", async () => {
    const { user, application, eli, ravi } = await rejected();
    const { proposal } = await proposeRejectionPlan(user.id, application.id);
    const values = asForm(proposal);
    const elisCadence = proposal.findIndex((item) => item.kind === "keep_in_touch" && item.contactId === eli.id);
    const ravisCadence = proposal.findIndex((item) => item.kind === "keep_in_touch" && item.contactId === ravi.id);
    // The user points Ravi's cadence at Eli, who already has one in this plan.
    values[`items.${ravisCadence}.contactId`] = eli.id;
    const later = Math.max(elisCadence, ravisCadence);
    await expect(acceptFollowUpPlan(user.id, application.id, parse(values))).rejects.toMatchObject({
      code: "INVALID",
      fieldErrors: { [`items.${later}.contactId`]: ["Already on a keep-in-touch cadence: one is enough"] },
    });
    // Or one was started elsewhere since the plan was proposed.
    values[`items.${ravisCadence}.contactId`] = ravi.id;
    await createFollowUp(db, user.id, { contactId: ravi.id, origin: "cadence", cadenceDays: 30, title: "Keep in touch with Ravi" });
    await expect(acceptFollowUpPlan(user.id, application.id, parse(values))).rejects.toMatchObject({ fieldErrors: { [`items.${ravisCadence}.contactId`]: [expect.any(String)] } });
    expect(await db.followUp.count({ where: { userId: user.id, rejectionId: { not: null } } })).toBe(0);
  });

  it("leaves nothing half-written when a row fails half-way", async () => {
    const { user, application, ravi } = await rejected();
    const { proposal } = await proposeRejectionPlan(user.id, application.id);
    const values = asForm(proposal);
    const poison = `Fail here ${crypto.randomUUID()}`;
    values[`items.${proposal.length - 1}.title`] = poison;
    // A constraint of the database refusing the last row, after the others were inserted.
    await db.$executeRawUnsafe(`
      CREATE OR REPLACE FUNCTION plan_test_refuse() RETURNS trigger AS $$
      BEGIN IF NEW.title = '${poison}' THEN RAISE EXCEPTION 'refused by test constraint'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql`);
    await db.$executeRawUnsafe(`CREATE TRIGGER "plan_test_refuse_${user.id}" BEFORE INSERT ON "FollowUp" FOR EACH ROW EXECUTE FUNCTION plan_test_refuse()`);
    try {
      await expect(acceptFollowUpPlan(user.id, application.id, parse(values))).rejects.toThrow(/refused by test constraint/);
    } finally {
      await db.$executeRawUnsafe(`DROP TRIGGER "plan_test_refuse_${user.id}" ON "FollowUp"`);
    }
    expect(await db.followUp.count({ where: { userId: user.id } })).toBe(0);
    expect(await db.contact.findUniqueOrThrow({ where: { id: ravi.id } })).toMatchObject({ keepInTouchDays: null });
    // And it can then be accepted cleanly.
    values[`items.${proposal.length - 1}.title`] = "Keep in touch";
    await acceptFollowUpPlan(user.id, application.id, parse(values));
    expect(await db.followUp.count({ where: { userId: user.id } })).toBe(proposal.length);
  });
});

describe("a plan with someone else's ids", () => {
  it("another user's application is not found, and neither is their rejection's plan", async () => {
    const alice = await rejected();
    const bob = await createUser(db);
    const { proposal } = await proposeRejectionPlan(alice.user.id, alice.application.id);
    await expect(proposeRejectionPlan(bob.id, alice.application.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(acceptFollowUpPlan(bob.id, alice.application.id, parse(asForm(proposal)))).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.followUp.count({ where: { userId: { in: [alice.user.id, bob.id] } } })).toBe(0);
  });

  it("refuses another user's contact in the user's own plan and creates nothing", async () => {
    const alice = await rejected();
    const bob = await rejected();
    const { proposal } = await proposeRejectionPlan(bob.user.id, bob.application.id);
    const values = asForm(proposal);
    values["items.0.contactId"] = alice.dana.id;
    await expect(acceptFollowUpPlan(bob.user.id, bob.application.id, parse(values))).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.followUp.count({ where: { userId: { in: [alice.user.id, bob.user.id] } } })).toBe(0);
  });
});

describe("malformed plans", () => {
  const item = { "items.0.include": "on", "items.0.kind": "check_in", "items.0.title": "Check in", "items.0.dueOn": "2027-01-25" };
  it.each([
    [{ "items.0.title": "" }, "items.0.title", "Say what to do"],
    [{ "items.0.title": "x".repeat(201) }, "items.0.title", "Use at most 200 characters"],
    [{ "items.0.dueOn": "2027-02-30" }, "items.0.dueOn", "Enter a real date like 2027-01-25"],
    [{ "items.0.dueOn": "soon" }, "items.0.dueOn", "Enter a real date like 2027-01-25"],
    [{ "items.0.dueOn": "2999-01-01" }, "items.0.dueOn", "Pick a day before 2100"],
    [{ "items.0.kind": "party" }, "items.0.kind", "Unknown kind of follow-up"],
    [{ "items.0.contactId": "<script>" }, "items.0.contactId", "That is not a valid id"],
    [{ "items.0.kind": "keep_in_touch", "items.0.contactId": "c1", "items.0.cadenceDays": "0" }, "items.0.cadenceDays", "Enter a number of days between 1 and 730"],
    [{ "items.0.kind": "keep_in_touch", "items.0.contactId": "c1" }, "items.0.cadenceDays", "Say how often to keep in touch"],
    [{ "items.0.kind": "keep_in_touch", "items.0.cadenceDays": "30" }, "items.0.contactId", "Keeping in touch needs a contact"],
  ])("%j → a message on %s", (overrides, field, message) => {
    const result = acceptPlanSchema.safeParse(planFormToObject({ ...item, ...overrides }));
    expect(result.success).toBe(false);
    if (!result.success) expect(planFieldErrors(result.error).fieldErrors[field]?.[0]).toBe(message);
  });

  it("refuses an empty plan, smuggled fields and too many items, with a message on the form", () => {
    const messageOf = (values: Record<string, string>) => {
      const result = acceptPlanSchema.safeParse(planFormToObject(values));
      return result.success ? null : planFieldErrors(result.error).message;
    };
    expect(messageOf({ ...item, "items.0.include": "" })).toMatch(/Keep at least one follow-up/);
    expect(messageOf({ ...item, userId: "someone" })).toMatch(/Unexpected fields: userId/);
    expect(messageOf({ ...item, "items.0.userId": "someone" })).toMatch(/Unexpected fields: userId/);
    const many = Object.fromEntries(Array.from({ length: 51 }, (_, index) => Object.entries(item).map(([key, value]) => [key.replace(".0.", `.${index}.`), value])).flat());
    expect(messageOf(many)).toMatch(/At most 50 follow-ups/);
  });
});
