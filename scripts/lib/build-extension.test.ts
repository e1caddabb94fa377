import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHROMIUM_EXTENSION_ID, FIREFOX_EXTENSION_ID } from "../../extension/manifest";
import { buildExtension, type BuiltExtension } from "./build-extension";

let outDir: string;
let built: BuiltExtension[];
const zipOf = (browser: string) => unzipSync(readFileSync(built.find((entry) => entry.browser === browser)!.zip));
const manifestOf = (browser: string) => JSON.parse(strFromU8(zipOf(browser)["manifest.json"]!));

beforeAll(async () => {
  outDir = mkdtempSync(path.join(os.tmpdir(), "bridges-extension-test-"));
  built = await buildExtension(outDir);
}, 60_000);
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe("npm run build:extension", () => {
  it("zips a Manifest V3 extension per browser, with everything it runs at the zip's root", () => {
    for (const browser of ["chromium", "firefox"]) {
      expect(Object.keys(zipOf(browser)).sort()).toEqual(["extension.css", "icon-192.png", "manifest.json", "options.html", "options.js", "popup.html", "popup.js"]);
      expect(manifestOf(browser)).toMatchObject({ manifest_version: 3, action: { default_popup: "popup.html" }, options_ui: { page: "options.html" } });
    }
  });

  it("asks for the fewest permissions: the page in front at a click, injecting the reader, storage; no host", () => {
    for (const browser of ["chromium", "firefox"]) {
      const manifest = manifestOf(browser);
      expect(manifest.permissions).toEqual(["activeTab", "scripting", "storage"]);
      for (const key of ["host_permissions", "optional_host_permissions", "optional_permissions", "content_scripts", "content_security_policy", "externally_connectable", "web_accessible_resources"]) {
        expect(manifest).not.toHaveProperty(key);
      }
    }
  });

  it("gives each browser its own keys: Chromium the key that pins its id, Firefox its add-on id", () => {
    // Chromium's id of an extension: the first 32 hex digits of its key's SHA-256, 0–f written a–p.
    const digest = createHash("sha256").update(Buffer.from(manifestOf("chromium").key, "base64")).digest("hex").slice(0, 32);
    expect([...digest].map((digit) => String.fromCharCode(97 + parseInt(digit, 16))).join("")).toBe(CHROMIUM_EXTENSION_ID);
    expect(manifestOf("chromium")).not.toHaveProperty("browser_specific_settings");
    expect(manifestOf("firefox").browser_specific_settings.gecko.id).toBe(FIREFOX_EXTENSION_ID);
    expect(manifestOf("firefox")).not.toHaveProperty("key");
  });

  it("runs no remote code: the pages load only their own bundles, which neither eval nor import code", () => {
    const files = zipOf("chromium");
    for (const page of ["popup.html", "options.html"]) {
      const scripts = [...strFromU8(files[page]!).matchAll(/<script\b[^>]*>/g)].map((match) => match[0]);
      expect(scripts).toEqual([`<script src="${page.replace(".html", ".js")}">`]);
    }
    for (const script of ["popup.js", "options.js"]) {
      const code = strFromU8(files[script]!);
      expect(code).not.toMatch(/\beval\(|new Function\(|importScripts\(|\bimport\(/);
    }
  });
});
