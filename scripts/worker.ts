/**
 * `npm run worker`: the reminder worker as its own process, for production, where several may run
 * beside the web instances. `npm start` already runs one in-process, so a local install needs none.
 */
import { startWorker } from "../lib/jobs/worker";
import { parseServerEnv } from "../lib/env";
import { loadDotEnv } from "./lib/local-config";

async function main() {
  loadDotEnv();
  try {
    parseServerEnv(process.env);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
  const worker = await startWorker();
  console.log(JSON.stringify({ job: "reminders", event: "started", pid: process.pid }));
  const shutdown = async () => {
    await worker.stop();
    process.exit(0);
  };
  process.once("SIGINT", () => void shutdown());
  process.once("SIGTERM", () => void shutdown());
}

void main();
