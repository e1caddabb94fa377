import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

const DEBIAN_DOVECOT = "/usr/sbin/dovecot";

function tryRun(command: string, args: string[]): boolean {
  try {
    execFileSync(command, args, { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
    return true;
  } catch {
    return false;
  }
}

/**
 * The IMAP server for the mailbox tests: Debian's Dovecot when present, else installed with apt
 * (as root), else a clear message. Returns the executable's path; the tests start it themselves
 * on a loopback port with a throwaway configuration (tests/support/dovecot.ts).
 */
export function ensureDovecot(): string {
  if (process.env.DOVECOT_PATH && existsSync(process.env.DOVECOT_PATH)) return process.env.DOVECOT_PATH;
  if (existsSync(DEBIAN_DOVECOT)) return DEBIAN_DOVECOT;

  if (process.getuid?.() === 0 && existsSync("/usr/bin/apt-get")) {
    console.log("▸ Dovecot is missing: installing Debian's dovecot-imapd with apt-get (about 20 s)");
    const install = ["install", "-y", "--no-install-recommends", "dovecot-imapd"];
    if (tryRun("apt-get", install) || (tryRun("apt-get", ["update"]) && tryRun("apt-get", install))) {
      if (existsSync(DEBIAN_DOVECOT)) return DEBIAN_DOVECOT;
    }
  }

  throw new Error(
    "No Dovecot for the IMAP mailbox tests. Install one of:\n" +
      "  - Debian/Ubuntu: sudo apt-get install dovecot-imapd   (then npm test finds /usr/sbin/dovecot)\n" +
      "  - any Dovecot 2.3, and set DOVECOT_PATH=/path/to/dovecot",
  );
}
