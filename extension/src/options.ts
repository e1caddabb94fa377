import { checkConnection } from "./bridges-api";
import { byId, fieldError, say } from "./dom";
import { loadSettings, parseSettings, saveSettings } from "./settings";

async function start() {
  byId("origin").textContent = location.origin;
  const urlInput = byId<HTMLInputElement>("bridges-url");
  const tokenInput = byId<HTMLInputElement>("token");
  const saved = await loadSettings();
  if (saved) {
    urlInput.value = saved.bridgesUrl;
    tokenInput.value = saved.token;
  }

  byId("options").addEventListener("submit", async (event) => {
    event.preventDefault();
    const parsed = parseSettings({ bridgesUrl: urlInput.value, token: tokenInput.value });
    const errors = "errors" in parsed ? parsed.errors : {};
    fieldError("bridges-url", errors.bridgesUrl);
    fieldError("token", errors.token);
    if ("errors" in parsed) return say("message", "");

    await saveSettings(parsed.settings);
    urlInput.value = parsed.settings.bridgesUrl;
    say("message", "Saved. Checking the connection…");
    const check = await checkConnection(parsed.settings);
    say("message", check.ok ? "Saved, and connected: Bridges accepts the token." : `Saved, but the check failed. ${check.message}`);
  });
}

void start();
