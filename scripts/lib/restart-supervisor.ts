/** A started service; `exited` resolves, saying how, when it stops. */
export type RunningService = { exited: Promise<string> };

export type SupervisorOptions = {
  /** Starts the service again; rejects when it cannot. */
  restart: () => Promise<RunningService>;
  /** How many restarts in a row may fail (or die again before they have held) before giving up. */
  maxFailures: number;
  /** A restart has held once its service has run this long; the count of failures starts again. */
  stableAfterMs?: number;
  /** The service's own last log lines, shown with every event. */
  recentLog: () => string[];
  log: (line: string) => void;
  onGiveUp: (failures: number) => void;
  name?: string;
  now?: () => number;
};

export type Supervisor = {
  /** The next exit is expected (a shutdown): no restart. Resolves once a restart in flight settled. */
  stop(): Promise<void>;
};

/** Back-off before restart number `attempt` (1, 2, 3…): 1 s, 2 s, 4 s … at most 30 s. */
export function restartDelayMs(attempt: number): number {
  return Math.min(1_000 * 2 ** (attempt - 1), 30_000);
}

/** Resolves after `ms`, or rejects as soon as `signal` aborts. */
function delay(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener("abort", () => (clearTimeout(timer), reject(signal.reason)), { once: true });
  });
}

function indented(lines: string[]): string {
  return lines.length > 0 ? lines.map((line) => `\n    ${line}`).join("") : "\n    (nothing)";
}

/**
 * Keeps a child service running: when it exits without having been asked to, it is started
 * again after a back-off. Restarts that fail, or whose service dies again before it has held,
 * count as failures in a row; after `maxFailures` the supervisor gives up (`onGiveUp`) so that its
 * caller can exit and leave the next move to a service manager.
 */
export function superviseRestarts(first: RunningService, options: SupervisorOptions): Supervisor {
  const { maxFailures, log, recentLog } = options;
  const name = options.name ?? "The service";
  const now = options.now ?? Date.now;
  const stableAfterMs = options.stableAfterMs ?? 30_000;
  const stopping = new AbortController();
  let inFlight: Promise<unknown> = Promise.resolve();

  const keepRunning = async () => {
    let current = first;
    let upSince = now();
    let restarted = false;
    let failures = 0;
    for (;;) {
      const how = await current.exited;
      if (stopping.signal.aborted) return;
      if (now() - upSince >= stableAfterMs) failures = 0;
      else if (restarted) failures++;
      log(`✖ ${name} stopped unexpectedly (${how}). Its last log lines:${indented(recentLog())}`);

      for (;;) {
        if (failures >= maxFailures) {
          options.onGiveUp(failures);
          return;
        }
        const wait = restartDelayMs(failures + 1);
        log(`▸ Restarting it in ${wait / 1000} s (attempt ${failures + 1} of ${maxFailures})`);
        try {
          await delay(wait, stopping.signal);
        } catch {
          return;
        }
        const attempt = options.restart();
        inFlight = attempt.catch(() => undefined);
        try {
          current = await attempt;
        } catch {
          failures++;
          if (stopping.signal.aborted) return;
          log(`✖ Restart ${failures} of ${maxFailures} failed. The last log lines:${indented(recentLog())}`);
          continue;
        }
        if (stopping.signal.aborted) return;
        upSince = now();
        restarted = true;
        log(`✔ ${name} is running again`);
        break;
      }
    }
  };
  void keepRunning();

  return {
    async stop() {
      stopping.abort();
      await inFlight;
    },
  };
}
