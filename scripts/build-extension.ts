/**
 * `npm run build:extension`: the browser extension (extension/), bundled with esbuild, as an
 * unpacked folder and a zip per browser in extension/dist/ (docs/extension.md):
 *   extension/dist/chromium/, extension/dist/bridges-extension-chromium-<version>.zip
 *   extension/dist/firefox/,  extension/dist/bridges-extension-firefox-<version>.zip
 * Everything the extension runs is in the zip (Manifest V3 allows no remote code), unminified, so
 * a store reviewer reads what runs.
 */
import path from "node:path";
import { buildExtension } from "./lib/build-extension";

buildExtension().then(
  (built) => built.forEach(({ browser, dir, zip }) => console.log(`✔ ${browser}: ${path.relative(process.cwd(), dir)}/ and ${path.relative(process.cwd(), zip)}`)),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
