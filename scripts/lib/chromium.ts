import { existsSync } from "node:fs";
import { aptInstall, tryRun } from "./debian-package";

const DEBIAN_CHROMIUM = "/usr/bin/chromium";

/**
 * The browser for the end-to-end tests: Debian's Chromium when present, else installed with apt
 * (as root), else Playwright's own download where the network allows it. Returns the
 * executable path, or undefined for Playwright's bundled browser.
 */
export function ensureChromium(): { executablePath?: string } {
  if (process.env.CHROMIUM_PATH && existsSync(process.env.CHROMIUM_PATH)) return { executablePath: process.env.CHROMIUM_PATH };
  if (existsSync(DEBIAN_CHROMIUM)) return { executablePath: DEBIAN_CHROMIUM };

  if (process.getuid?.() === 0) console.log("▸ Chromium is missing: installing Debian's chromium with apt-get (about 30 s)");
  if (aptInstall("chromium", DEBIAN_CHROMIUM)) return { executablePath: DEBIAN_CHROMIUM };

  console.log("▸ Trying Playwright's own Chromium download");
  if (tryRun("npx", ["--no-install", "playwright", "install", "chromium"])) return {};

  throw new Error(
    "No Chromium for the browser tests. Install one of:\n" +
      "  - Debian/Ubuntu: sudo apt-get install chromium   (then npm test finds /usr/bin/chromium)\n" +
      "  - any Chromium or Chrome, and set CHROMIUM_PATH=/path/to/chrome\n" +
      "  - Playwright's browser: npx playwright install chromium (needs access to its download host)",
  );
}
