import { existsSync } from "node:fs";
import { aptInstall } from "./debian-package";

const DEBIAN_DOVECOT = "/usr/sbin/dovecot";

/**
 * The IMAP server for the mailbox tests: Debian's Dovecot when present, else installed with apt
 * (as root), else a clear message. Returns the executable's path; the tests start it themselves
 * on a loopback port with a throwaway configuration (tests/support/dovecot.ts).
 */
export function ensureDovecot(): string {
  if (process.env.DOVECOT_PATH && existsSync(process.env.DOVECOT_PATH)) return process.env.DOVECOT_PATH;
  if (existsSync(DEBIAN_DOVECOT)) return DEBIAN_DOVECOT;

  if (process.getuid?.() === 0) console.log("▸ Dovecot is missing: installing Debian's dovecot-imapd with apt-get (about 20 s)");
  if (aptInstall("dovecot-imapd", DEBIAN_DOVECOT)) return DEBIAN_DOVECOT;

  throw new Error(
    "No Dovecot for the IMAP mailbox tests. Install one of:\n" +
      "  - Debian/Ubuntu: sudo apt-get install dovecot-imapd   (then npm test finds /usr/sbin/dovecot)\n" +
      "  - any Dovecot 2.3, and set DOVECOT_PATH=/path/to/dovecot",
  );
}
