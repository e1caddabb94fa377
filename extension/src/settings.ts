import { webExtension } from "./web-extension";

/** Where the user's Bridges is, and the personal API token the extension acts with. */
export type Settings = { bridgesUrl: string; token: string };
export type SettingsErrors = Partial<Record<keyof Settings, string>>;

const TOKEN = /^brg_[A-Za-z0-9_-]{43}$/;

/** The options form's two fields, checked: the address kept as its origin (`https://bridges.example.com`). */
export function parseSettings(input: { bridgesUrl: string; token: string }): { settings: Settings } | { errors: SettingsErrors } {
  const errors: SettingsErrors = {};
  const address = input.bridgesUrl.trim();
  let bridgesUrl = "";
  try {
    const url = new URL(/^[a-z][a-z\d+.-]*:\/\//i.test(address) ? address : `https://${address}`);
    if (url.protocol !== "https:" && url.protocol !== "http:") throw new Error("not http");
    bridgesUrl = url.origin;
  } catch {
    errors.bridgesUrl = "Enter your Bridges address, such as https://bridges.example.com";
  }
  const token = input.token.trim();
  if (!TOKEN.test(token)) errors.token = "Paste a token from Bridges (Settings → API tokens): it starts with brg_";
  return Object.keys(errors).length > 0 ? { errors } : { settings: { bridgesUrl, token } };
}

// storage.local, not storage.sync: the token stays on this device.
export async function loadSettings(): Promise<Settings | null> {
  const { bridgesUrl, token } = await webExtension().storage.local.get(["bridgesUrl", "token"]);
  return typeof bridgesUrl === "string" && typeof token === "string" ? { bridgesUrl, token } : null;
}

export async function saveSettings(settings: Settings): Promise<void> {
  await webExtension().storage.local.set(settings);
}
