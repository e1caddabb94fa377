// The few WebExtension APIs the clipper uses, typed here rather than through a types package.
// Firefox's `browser` and Chromium's `chrome` both return promises under Manifest V3.

export type Tab = { id?: number };

type WebExtension = {
  runtime: { openOptionsPage(): Promise<void> };
  storage: { local: { get(keys: string[]): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> } };
  tabs: { query(query: { active: true; currentWindow: true }): Promise<Tab[]> };
  scripting: { executeScript<T>(injection: { target: { tabId: number }; func: () => T }): Promise<{ result?: T }[]> };
};

export function webExtension(): WebExtension {
  const scope = globalThis as { browser?: WebExtension; chrome?: WebExtension };
  const api = scope.browser ?? scope.chrome;
  if (!api) throw new Error("Not running as a browser extension");
  return api;
}
