// The extension's manifest, one per browser: Chromium lists the keys it does not know as warnings on
// its extensions page, so each browser gets only its own keys (docs/decisions/0020).

export type TargetBrowser = "chromium" | "firefox";

/**
 * The public half of a key pair whose private half was thrown away. It only pins the id of the
 * unpacked Chromium extension, so the server's EXTENSION_ORIGINS can name it ahead of time
 * (docs/extension.md); a store listing gets the store's own id.
 */
const CHROMIUM_KEY =
  "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA10AnAIiUfGKxDVFDfh0xiOILkNCXI/RNBleK0FqO2LeOZNsiw/9aAA5tylDT9QJD5cuz0Q8HlqPM/wN5oPOJYq1P8T7gWWPGekJtuJh5kP9fsyx1TbQM3h5G8+DpDFVwHsKVPNNyi20ET2VeNsEmCuLm23Cv3z3AyU5gLn3mRB9q+qw/3QSuFlw0MhMUhJFXnEySH5lKLAnSaVpkc4+iz6ct50QdsCc3xDGekEkPSyGX+oEy3I9kBoYU+ZxrKvLPPOsSCZakZcnuz9bQzcPSYIMC7Gn9RUxGTfF/lbeGQRYpE7Ea/bjCG2WFR/vTpOkhqLzrw2APOTM5W4/o+CIW2QIDAQAB";

/** Derived from CHROMIUM_KEY (the first 128 bits of its SHA-256, as letters a–p). */
export const CHROMIUM_EXTENSION_ID = "nnfjjingompnbcdchfmlehkibfckeelo";
export const FIREFOX_EXTENSION_ID = "save-to-bridges@bridges.invalid";

// activeTab: the page in front, and only once its user clicks the button; scripting: to read it
// then; storage: the Bridges address and token. No host permissions: the API answers the
// extension's origin by CORS (EXTENSION_ORIGINS), and no page is read without that click.
export const PERMISSIONS = ["activeTab", "scripting", "storage"] as const;

export function manifestFor(browser: TargetBrowser, version: string) {
  const icons = { "192": "icon-192.png" };
  return {
    manifest_version: 3,
    name: "Save to Bridges",
    version,
    description: "Save the job posting you are reading to your own Bridges, the job-search CRM.",
    icons,
    action: { default_title: "Save to Bridges", default_popup: "popup.html", default_icon: icons },
    options_ui: { page: "options.html", open_in_tab: true },
    permissions: [...PERMISSIONS],
    ...(browser === "chromium"
      ? { key: CHROMIUM_KEY, minimum_chrome_version: "120" }
      : {
          browser_specific_settings: {
            // data_collection_permissions needs Firefox 128. "none": the extension sends a page
            // only to the Bridges address its user set, at their click, and to no one else.
            gecko: { id: FIREFOX_EXTENSION_ID, strict_min_version: "128.0", data_collection_permissions: { required: ["none"] } },
          },
        }),
  };
}
