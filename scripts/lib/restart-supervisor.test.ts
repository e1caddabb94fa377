import { afterEach, describe, expect, it, vi } from "vitest";
import { restartDelayMs, superviseRestarts, type RunningService } from "./restart-supervisor";

/** A fake service whose exit the test decides. */
function fakeService() {
  let exit!: (how: string) => void;
  const service: RunningService = { exited: new Promise((resolve) => (exit = resolve)) };
  return { service, exit };
}

afterEach(() => vi.useRealTimers());

describe("restartDelayMs", () => {
  it("doubles from 1 s and stops at 30 s", () => {
    expect([1, 2, 3, 4, 5, 6, 7].map(restartDelayMs)).toEqual([1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000]);
  });
});

describe("superviseRestarts", () => {
  it("restarts after an unexpected exit and gives up after maxFailures failed restarts", async () => {
    vi.useFakeTimers();
    const first = fakeService();
    const restart = vi.fn().mockRejectedValue(new Error("cannot start"));
    const onGiveUp = vi.fn();
    const lines: string[] = [];
    superviseRestarts(first.service, { restart, maxFailures: 3, recentLog: () => ["FATAL: boom"], log: (line) => lines.push(line), onGiveUp });

    first.exit("killed by SIGKILL");
    await vi.advanceTimersByTimeAsync(999);
    expect(restart).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1 + 2_000 + 4_000);
    expect(restart).toHaveBeenCalledTimes(3);
    expect(onGiveUp).toHaveBeenCalledWith(3);
    expect(lines[0]).toMatch(/stopped unexpectedly \(killed by SIGKILL\)\. Its last log lines:\n {4}FATAL: boom/);
    expect(lines.filter((line) => line.startsWith("▸ Restarting"))).toEqual([
      "▸ Restarting it in 1 s (attempt 1 of 3)",
      "▸ Restarting it in 2 s (attempt 2 of 3)",
      "▸ Restarting it in 4 s (attempt 3 of 3)",
    ]);
  });

  it("counts a restart that dies again at once as a failure, and forgets failures once one has held", async () => {
    vi.useFakeTimers();
    const runs = [fakeService(), fakeService(), fakeService(), fakeService()];
    let started = 0;
    const restart = vi.fn(async () => runs[++started]!.service);
    const onGiveUp = vi.fn();
    superviseRestarts(runs[0]!.service, { restart, maxFailures: 2, stableAfterMs: 10_000, recentLog: () => [], log: () => {}, onGiveUp });

    runs[0]!.exit("exit code 1");
    await vi.advanceTimersByTimeAsync(1_000);
    runs[1]!.exit("exit code 1"); // died right after its restart: failure 1
    await vi.advanceTimersByTimeAsync(2_000);
    expect(restart).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(10_000); // this one holds
    runs[2]!.exit("exit code 1");
    await vi.advanceTimersByTimeAsync(1_000); // back to the first delay
    expect(restart).toHaveBeenCalledTimes(3);
    expect(onGiveUp).not.toHaveBeenCalled();
  });

  it("does not restart what it was asked to stop", async () => {
    vi.useFakeTimers();
    const first = fakeService();
    const restart = vi.fn();
    const supervisor = superviseRestarts(first.service, { restart, maxFailures: 3, recentLog: () => [], log: () => {}, onGiveUp: vi.fn() });
    await supervisor.stop();
    first.exit("exit code 0");
    await vi.advanceTimersByTimeAsync(60_000);
    expect(restart).not.toHaveBeenCalled();
  });
});
