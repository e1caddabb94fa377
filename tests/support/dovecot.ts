// A throwaway Dovecot for the mailbox tests: a loopback port, one user in a passwd file, a
// maildir in a temporary folder. `npm test` makes sure the binary is there (scripts/lib/dovecot.ts).
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chmodSync, chownSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createServer, connect } from "node:net";
import os from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";

const DOVECOT = process.env.DOVECOT_PATH || "/usr/sbin/dovecot";

export type TestImapServer = {
  host: string;
  port: number;
  username: string;
  password: string;
  /** Stops the server (the port refuses connections until `start`). */
  stop(): Promise<void>;
  start(): Promise<void>;
  /**
   * Delivers a message straight into a folder's maildir, as a mail server's delivery agent does:
   * works while the server is stopped (the folder must have been created over IMAP first).
   */
  deliver(folder: string, source: string): void;
  /** The server's log: sign-ins ("Login:") and how each session ended ("Disconnected: Logged out"…). */
  log(): string;
  /** Stops it for good and removes its folder. */
  destroy(): Promise<void>;
};

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: "127.0.0.1", port });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

// Without root, nothing may chroot or change owner: Dovecot's "rootless" setup.
const ROOTLESS_SERVICES = `service anvil {
  chroot =
}
service imap {
  user =
}
service imap-hibernate {
  unix_listener imap-hibernate {
    group =
  }
}
service dict {
  unix_listener dict {
    group =
  }
}
service dict-async {
  unix_listener dict-async {
    group =
  }
}
`;

export type TestImapServerOptions = {
  /** Replaces what the server offers after sign-in (Dovecot's imap_capability), e.g. a server without IDLE. */
  capabilities?: string;
};

function configuration(dir: string, port: number, asRoot: boolean, options: TestImapServerOptions) {
  const user = os.userInfo().username;
  return `base_dir = ${dir}/run${options.capabilities ? `\nimap_capability = ${options.capabilities}` : ""}
state_dir = ${dir}/state
log_path = ${dir}/dovecot.log
protocols = imap
listen = 127.0.0.1
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
auth_failure_delay = 0
# As root Dovecot drops to its own users (the Debian package creates them); otherwise it runs as us.
default_internal_user = ${asRoot ? "dovecot" : user}
default_login_user = ${asRoot ? "dovenull" : user}
first_valid_uid = 1
mail_location = maildir:${dir}/mail/%u
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u ${dir}/passwd
}
userdb {
  driver = passwd-file
  args = username_format=%u ${dir}/passwd
}
service imap-login {
  inet_listener imap {
    address = 127.0.0.1
    port = ${port}
  }
  inet_listener imaps {
    port = 0
  }${asRoot ? "" : "\n  chroot =\n  user = $default_login_user"}
}
${asRoot ? "" : ROOTLESS_SERVICES}service stats {
  unix_listener stats-reader {
    mode = 0666
  }
  unix_listener stats-writer {${asRoot ? "" : "\n    group ="}
    mode = 0666
  }
}
`;
}

export async function startTestImapServer(options: TestImapServerOptions = {}): Promise<TestImapServer> {
  if (!existsSync(DOVECOT)) {
    throw new Error(`No Dovecot at ${DOVECOT}: run the tests with \`npm test\`, which installs Debian's dovecot-imapd, or set DOVECOT_PATH.`);
  }
  const asRoot = process.getuid?.() === 0;
  const dir = mkdtempSync(path.join(os.tmpdir(), "bridges-dovecot-"));
  chmodSync(dir, 0o755);
  for (const folder of ["run", "state", "mail"]) mkdirSync(path.join(dir, folder));
  // The mail processes run as `nobody` under root (Dovecot refuses uid 0), else as us.
  const [uid, gid] = asRoot ? [65534, 65534] : [process.getuid!(), process.getgid!()];
  if (asRoot) chownSync(path.join(dir, "mail"), uid, gid);
  const port = await freePort();
  const username = "applicant";
  const password = "test-app-password";
  writeFileSync(path.join(dir, "passwd"), `${username}:{PLAIN}${password}:${uid}:${gid}::${dir}/mail/${username}\n`);
  writeFileSync(path.join(dir, "dovecot.conf"), configuration(dir, port, asRoot, options));

  let child: ChildProcess | undefined;
  const start = async () => {
    child = spawn(DOVECOT, ["-F", "-c", path.join(dir, "dovecot.conf")], { stdio: "ignore" });
    for (let waited = 0; !(await accepts(port)); waited += 50) {
      if (child.exitCode !== null || waited > 15_000) throw new Error(`Dovecot did not start (see ${dir}/dovecot.log)`);
      await sleep(50);
    }
  };
  const stop = async () => {
    const running = child;
    child = undefined;
    if (!running || running.exitCode !== null) return;
    const exited = new Promise((resolve) => running.once("exit", resolve));
    running.kill("SIGTERM");
    await exited;
    while (await accepts(port)) await sleep(50);
  };
  await start();
  return {
    host: "127.0.0.1",
    port,
    username,
    password,
    start,
    stop,
    deliver(folder, source) {
      // Maildir++: a folder is ".<name>" beside the inbox; a message is written in tmp/, then moved to new/.
      const maildir = path.join(dir, "mail", username, folder === "INBOX" ? "" : `.${folder}`);
      const name = `${Date.now()}.${randomBytes(6).toString("hex")}.bridges-test`;
      writeFileSync(path.join(maildir, "tmp", name), source);
      if (asRoot) chownSync(path.join(maildir, "tmp", name), uid, gid);
      renameSync(path.join(maildir, "tmp", name), path.join(maildir, "new", name));
    },
    log: () => readFileSync(path.join(dir, "dovecot.log"), "utf8"),
    async destroy() {
      await stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
