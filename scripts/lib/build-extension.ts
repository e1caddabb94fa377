// The extension's build, shared by `npm run build:extension` (scripts/build-extension.ts) and the
// browser test that loads what it builds (tests/e2e/extension.spec.ts).
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { build } from "esbuild";
import { zipSync } from "fflate";
import { manifestFor, type TargetBrowser } from "../../extension/manifest";

const root = path.resolve(__dirname, "../..");
const source = path.join(root, "extension");
const STATIC_FILES = ["popup.html", "options.html", "extension.css"];
const BROWSERS: TargetBrowser[] = ["chromium", "firefox"];

export type BuiltExtension = { browser: TargetBrowser; dir: string; zip: string };

export async function buildExtension(outDir = path.join(source, "dist")): Promise<BuiltExtension[]> {
  const { version } = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as { version: string };
  rmSync(outDir, { recursive: true, force: true });
  const built: BuiltExtension[] = [];
  for (const browser of BROWSERS) {
    const dir = path.join(outDir, browser);
    mkdirSync(dir, { recursive: true });
    await build({
      entryPoints: { popup: path.join(source, "src/popup.ts"), options: path.join(source, "src/options.ts") },
      outdir: dir,
      bundle: true,
      format: "iife",
      platform: "browser",
      // Chromium 120 and Firefox 128 run ES2022 as written: pageSnapshot's source is sent to the
      // page as it stands, so nothing may be rewritten around it.
      target: ["chrome120", "firefox128"],
      legalComments: "eof",
      logLevel: "warning",
    });
    for (const file of STATIC_FILES) copyFileSync(path.join(source, file), path.join(dir, file));
    copyFileSync(path.join(root, "public/icon-192.png"), path.join(dir, "icon-192.png"));
    writeFileSync(path.join(dir, "manifest.json"), `${JSON.stringify(manifestFor(browser, version), null, 2)}\n`);
    const zip = path.join(outDir, `bridges-extension-${browser}-${version}.zip`);
    writeFileSync(zip, zipSync(filesOf(dir), { level: 9, mtime: new Date("2026-01-01T00:00:00Z") }));
    built.push({ browser, dir, zip });
  }
  return built;
}

/** The folder's files, by their path inside it, as fflate zips them (manifest.json at the root). */
function filesOf(dir: string): Record<string, Uint8Array> {
  const files: Record<string, Uint8Array> = {};
  for (const name of readdirSync(dir).sort()) {
    const file = path.join(dir, name);
    if (statSync(file).isFile()) files[name] = readFileSync(file);
  }
  return files;
}
