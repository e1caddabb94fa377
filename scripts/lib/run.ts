import { spawn, type SpawnOptions } from "node:child_process";

/** Runs a command with inherited output; rejects with its exit code on failure. */
export function run(command: string, args: string[], options: SpawnOptions = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: "inherit", ...options });
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      if (code === 0) resolve();
      else reject(new Error(`${command} ${args.join(" ")} exited with ${signal ?? code}`));
    });
  });
}

export const prismaEnv = { CHECKPOINT_DISABLE: "1", PRISMA_HIDE_UPDATE_MESSAGE: "1" };

export function migrateDeploy(databaseUrl: string) {
  return run("npx", ["--no-install", "prisma", "migrate", "deploy"], {
    env: { ...process.env, ...prismaEnv, DATABASE_URL: databaseUrl },
  });
}
