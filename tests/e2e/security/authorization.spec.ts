// QUALITY.md items 1 and 3, for every server action the build contains: user B, holding A's ids,
// gets nothing of A's — never a 5xx, A's rows unchanged, no link from B's rows to A's.
import { expect, test } from "@playwright/test";
import { actionResult, callAction, describeArgs, serverActionsInBuild, serverActionsInCode, type BuiltAction } from "../../support/actions";
import type { FormState } from "../../../lib/validation/form";
import { e2eDb } from "../db";
import { actionMatrix, type MatrixContext } from "./action-matrix";
import { DEFAULT_PASSWORD } from "../../factories";
import { anonymousContext, foreignIdsIn, leakableIds, seedVictim, signedInAttacker, signedInContext, snapshotOf } from "./owners";

const built = serverActionsInBuild();

function entryFor(action: BuiltAction) {
  const entry = actionMatrix[action.name];
  if (!entry) throw new Error(`${action.name} (${action.file}) has no entry in action-matrix.ts`);
  return entry;
}

function fieldsRefused(result: unknown): string[] {
  const fieldErrors = (result as FormState | undefined)?.fieldErrors;
  return fieldErrors && typeof fieldErrors === "object" ? Object.keys(fieldErrors) : [];
}

test("every server action in the code has a matrix entry, and every entry names an action", () => {
  const inCode = serverActionsInCode();
  const names = inCode.map((action) => action.name);
  expect(new Set(names).size, "two server actions share a name: the matrix cannot tell them apart").toBe(names.length);
  expect(names.filter((name) => !(name in actionMatrix)), "actions without an entry in action-matrix.ts").toEqual([]);
  expect(Object.keys(actionMatrix).filter((name) => !names.includes(name)), "matrix entries for actions that no longer exist").toEqual([]);
  // The build under test is the code under test: the same actions, each reachable from a page.
  expect(built.map((action) => action.name).sort()).toEqual([...names].sort());
});

test("user B calling every action with user A's ids gets no 5xx and changes nothing of A's", async ({ baseURL }) => {
  test.setTimeout(120_000);
  const a = await seedVictim();
  const attacker = await signedInAttacker(baseURL!);
  const ctx: MatrixContext = { a, b: attacker };
  const before = await snapshotOf(a.userId);

  const failures: string[] = [];
  for (const action of built) {
    const entry = entryFor(action);
    if (entry.endsSession) continue;
    for (const args of entry.calls(ctx)) {
      const response = await callAction(attacker.request, baseURL!, action, args);
      if (response.status >= 500) failures.push(`${action.name}: ${response.status} ${response.body.slice(0, 200)}`);
      const sent = describeArgs(args);
      for (const id of leakableIds(a)) if (response.body.includes(id) && !sent.includes(id)) failures.push(`${action.name} leaked ${id}`);
      // The payload must get past validation, or the ownership check was never reached. Ids (not
      // yours) and e-mail (taken) are the refusals this test is after.
      const invalid = fieldsRefused(actionResult(response.body)).filter((field) => !/^(id|.*Id|email)$/.test(field));
      if (invalid.length) failures.push(`${action.name}: the matrix payload failed validation on ${invalid.join(", ")}`);
    }
  }
  expect(failures).toEqual([]);
  expect(await snapshotOf(a.userId)).toEqual(before);
  expect(await foreignIdsIn(attacker.userId, leakableIds(a)), "B's rows link to A's").toEqual([]);
  // B's session outlived all of it: the calls above really ran as B.
  expect(((await (await attacker.request.get("/api/auth/session")).json()) as { user?: { email?: string } }).user?.email).toBe(attacker.email);
  await attacker.request.dispose();
});

// The control: the very same calls made by A do change A's rows. Without it, a payload that no
// longer passes validation would make the attack above pass for the wrong reason. In two halves,
// so that both workers share it.
const controlled = built.filter((action) => {
  const entry = actionMatrix[action.name];
  return entry && !entry.public && !entry.endsSession && !entry.readOnly;
});
for (const half of [0, 1]) {
  test(`the matrix's calls, made by the owner, do change the owner's rows (${half + 1} of 2)`, async ({ baseURL }) => {
    test.setTimeout(120_000);
    const { userId, email } = await seedVictim();
    const request = await signedInContext(baseURL!, email);
    const failures: string[] = [];
    for (const action of controlled.filter((_, index) => index % 2 === half)) {
      // Fresh rows for each action, so that one action's delete does not starve the next.
      const a = await seedVictim({ id: userId });
      const owner = { userId: a.userId, email: a.email, password: DEFAULT_PASSWORD, contactId: a.contactId, applicationId: a.applicationId };
      const calls = entryFor(action).calls({ a, b: owner });
      if (!calls.some((args) => leakableIds(a).some((id) => describeArgs(args).includes(id)))) continue;
      const before = await snapshotOf(a.userId);
      for (const args of calls) await callAction(request, baseURL!, action, args);
      if (JSON.stringify(await snapshotOf(a.userId)) === JSON.stringify(before)) failures.push(action.name);
    }
    await request.dispose();
    expect(failures, "these calls change nothing even for the owner: fix their payload in action-matrix.ts").toEqual([]);
  });
}

test("actions that end the caller's session touch only the caller", async ({ baseURL }) => {
  const a = await seedVictim();
  const before = await snapshotOf(a.userId);
  for (const action of built.filter((candidate) => entryFor(candidate).endsSession)) {
    const entry = entryFor(action);
    for (let call = 0, total = 1; call < total; call++) {
      // A fresh attacker per call: the previous one is logged out or deleted by now.
      const attacker = await signedInAttacker(baseURL!);
      const calls = entry.calls({ a, b: attacker });
      total = calls.length;
      const response = await callAction(attacker.request, baseURL!, action, calls[call]!);
      expect(response.status, `${action.name} #${call}`).toBeLessThan(500);
      await attacker.request.dispose();
    }
  }
  expect(await snapshotOf(a.userId)).toEqual(before);
  expect(await e2eDb.user.count({ where: { id: a.userId } })).toBe(1);
});

test("signed out, every action is refused: no 5xx, nothing of A's changed", async ({ baseURL }) => {
  const a = await seedVictim();
  const bystander = { userId: "", email: "nobody@example.test", password: "", contactId: a.contactId, applicationId: a.applicationId };
  const before = await snapshotOf(a.userId);
  const request = await anonymousContext(baseURL!);

  const failures: string[] = [];
  for (const action of built) {
    const entry = entryFor(action);
    for (const args of entry.calls({ a, b: bystander })) {
      const response = await callAction(request, baseURL!, action, args);
      if (response.status >= 500) failures.push(`${action.name}: ${response.status}`);
      if (entry.public) continue;
      const redirect = new URL((response.headers["x-action-redirect"] ?? "/").split(";")[0]!, baseURL).pathname;
      const result = actionResult(response.body) as FormState | undefined;
      // Sent to log in, not found, or an answer that is not a success.
      const refused = redirect === "/login" || response.status === 404 || (result !== undefined && result.ok !== true);
      if (!refused) failures.push(`${action.name} was not refused: ${response.status} ${redirect} ${response.body.slice(0, 300)}`);
    }
  }
  expect(failures).toEqual([]);
  expect(await snapshotOf(a.userId)).toEqual(before);
  await request.dispose();
});
