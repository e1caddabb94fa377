import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

/** Runs a command with the terminal attached; false when it fails. */
export function tryRun(command: string, args: string[]): boolean {
  try {
    execFileSync(command, args, { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
    return true;
  } catch {
    return false;
  }
}

/**
 * Installs a Debian package with apt-get when we are root on a Debian-like system (refreshing the
 * package lists once if the first try fails), and says whether `executable` is there afterwards.
 */
export function aptInstall(packageName: string, executable: string): boolean {
  if (process.getuid?.() !== 0 || !existsSync("/usr/bin/apt-get")) return false;
  const install = ["install", "-y", "--no-install-recommends", packageName];
  if (!tryRun("apt-get", install) && !(tryRun("apt-get", ["update"]) && tryRun("apt-get", install))) return false;
  return existsSync(executable);
}
