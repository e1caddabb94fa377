import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Db } from "../db";

const sweep = vi.hoisted(() => ({ run: vi.fn() }));
const nudges = vi.hoisted(() => ({ run: vi.fn() }));
vi.mock("./sweep", () => ({ runSweep: sweep.run }));
vi.mock("./decision-nudges", () => ({ runDecisionNudges: nudges.run }));
const idle = vi.hoisted(() => ({ start: vi.fn(), stop: vi.fn() }));
vi.mock("./idle-mailboxes", () => ({ startMailboxIdle: idle.start }));
vi.mock("../env", () => ({ env: () => ({ DATABASE_URL: "postgresql://unused", MAIL_FROM: "bridges@example.test" }), appUrl: () => "http://localhost" }));

const { startWorker } = await import("./worker");
// The jobs are stand-ins: the worker never touches the client itself.
const client = {} as Db;

describe("the worker", () => {
  afterEach(() => vi.resetAllMocks());
  beforeEach(() => {
    idle.start.mockReturnValue({ stop: idle.stop });
    idle.stop.mockResolvedValue(undefined);
  });

  it("runs the decision nudges as their own job, on their own interval, even while a reminder sweep is stuck", async () => {
    let releaseSweep = () => {};
    sweep.run.mockImplementation(() => new Promise((resolve) => (releaseSweep = () => resolve({ claimed: 0, emails: 0 }))));
    nudges.run.mockResolvedValue({ nudged: 0, ghosted: 0 });
    const worker = await startWorker({ client, intervalMs: 10, nudgeIntervalMs: 10, log: () => {} });
    await vi.waitFor(() => expect(nudges.run.mock.calls.length).toBeGreaterThanOrEqual(3), { timeout: 2_000 });
    expect(sweep.run).toHaveBeenCalledTimes(1);
    releaseSweep();
    await worker.stop();
  });

  it("logs a failed nudge run under its own name, and the reminders carry on", async () => {
    sweep.run.mockResolvedValue({ claimed: 1, emails: 0 });
    nudges.run.mockRejectedValue(new Error("database restarting"));
    const lines: string[] = [];
    const worker = await startWorker({ client, intervalMs: 10, nudgeIntervalMs: 10, log: (line) => lines.push(line) });
    await vi.waitFor(() => expect(sweep.run.mock.calls.length).toBeGreaterThanOrEqual(3), { timeout: 2_000 });
    await worker.stop();
    expect(lines.map((line) => JSON.parse(line))).toContainEqual({ job: "decision-nudges", error: "database restarting" });
    expect(lines.map((line) => JSON.parse(line).job)).toContain("reminders");
  });

  it("keeps the IMAP IDLE connections beside the poll, and closes them when it stops (SIGTERM)", async () => {
    sweep.run.mockResolvedValue({ claimed: 0, emails: 0 });
    nudges.run.mockResolvedValue({ nudged: 0, ghosted: 0 });
    const worker = await startWorker({ client, log: () => {} });
    expect(idle.start).toHaveBeenCalledWith(client, expect.objectContaining({ intervalMs: 300_000 }));
    expect(idle.stop).not.toHaveBeenCalled();
    await worker.stop();
    expect(idle.stop).toHaveBeenCalledTimes(1);
  });

  it("opens no IDLE connection with MAILBOX_IDLE=off: the mailboxes are only polled", async () => {
    sweep.run.mockResolvedValue({ claimed: 0, emails: 0 });
    nudges.run.mockResolvedValue({ nudged: 0, ghosted: 0 });
    const worker = await startWorker({ client, mailboxIdle: "off", log: () => {} });
    await worker.stop();
    expect(idle.start).not.toHaveBeenCalled();
  });
});
