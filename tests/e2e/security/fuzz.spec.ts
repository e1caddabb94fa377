// QUALITY.md item 4 over HTTP: every server action, through the real Next.js server, given
// malformed variants of its matrix payload (each field and each id hostile in turn, smuggled
// fields, wrong types). 0 responses ≥ 500, and a refused call leaves the caller's rows as they were.
// The volume lives in tests/integration/security/fuzz.test.ts; this proves the wire does the same.
import { expect, test } from "@playwright/test";
import type { FormState } from "../../../lib/validation/form";
import { DEFAULT_PASSWORD } from "../../factories";
import { actionResult, callAction, describeArgs, form, HOSTILE_STRINGS, serverActionsInBuild } from "../../support/actions";
import { actionMatrix } from "./action-matrix";
import { ownedCounts, seedVictim, signedInContext } from "./owners";

/** Not a string at all: what a forged request can put where React would send text or an object. */
const WRONG_TYPES: unknown[] = [null, 42, true, [], { nested: { deeper: ["x"] } }, "x".repeat(10_240)];

let cursor = 0;
const nextHostile = () => HOSTILE_STRINGS[cursor++ % HOSTILE_STRINGS.length]!;

/** Malformed variants of one call: every argument broken in turn, so each field meets several inputs. */
function variantsOf(args: unknown[]): unknown[][] {
  const variants: unknown[][] = [];
  args.forEach((arg, index) => {
    const replace = (value: unknown) => variants.push(args.map((other, at) => (at === index ? value : other)));
    if (arg instanceof FormData) {
      const fields = Object.fromEntries([...arg.entries()].map(([key, value]) => [key, String(value)]));
      for (const key of Object.keys(fields)) replace(form({ ...fields, [key]: nextHostile() }));
      replace(form({ ...fields, userId: "someone-else", id: "cuid-of-someone-else" }));
      replace(form({}));
    } else if (typeof arg === "string") {
      replace(nextHostile());
      replace(WRONG_TYPES[cursor++ % WRONG_TYPES.length]);
    } else if (arg && typeof arg === "object" && !Array.isArray(arg) && Object.keys(arg).length > 0) {
      for (const key of Object.keys(arg)) replace({ ...arg, [key]: WRONG_TYPES[cursor++ % WRONG_TYPES.length] });
      replace({ ...arg, userId: "someone-else" });
    }
  });
  return variants;
}

test("malformed input to every server action: no 5xx, and nothing half-saved when refused", async ({ baseURL }) => {
  test.setTimeout(90_000);
  const own = await seedVictim();
  const request = await signedInContext(baseURL!, own.email);
  const me = { userId: own.userId, email: own.email, password: DEFAULT_PASSWORD, contactId: own.contactId, applicationId: own.applicationId };
  const failures: string[] = [];
  let sent = 0;
  for (const action of serverActionsInBuild()) {
    const entry = actionMatrix[action.name];
    if (!entry || entry.endsSession) continue; // authorization.spec.ts fails on a missing entry
    // The caller's own ids: the variants must be refused for being malformed, not for being foreign.
    for (const args of entry.calls({ a: own, b: me }).slice(0, 1).flatMap(variantsOf)) {
      const before = await ownedCounts(own.userId);
      const response = await callAction(request, baseURL!, action, args);
      sent++;
      if (response.status >= 500) failures.push(`${action.name}: ${response.status} for ${describeArgs(args).slice(0, 160)}`);
      const result = actionResult(response.body) as FormState | undefined;
      const refused = result !== undefined && result.ok !== true && Boolean(result.message || result.fieldErrors);
      if (refused && JSON.stringify(await ownedCounts(own.userId)) !== JSON.stringify(before)) {
        failures.push(`${action.name}: refused but saved something, for ${describeArgs(args).slice(0, 160)}`);
      }
    }
  }
  await request.dispose();
  expect(failures).toEqual([]);
  expect(sent).toBeGreaterThanOrEqual(100);
});
