import { describe, expect, it } from "vitest";
import { parseSettings } from "./settings";

const token = `brg_${"A1_-".repeat(10)}abc`;

describe("parseSettings", () => {
  it("keeps the address's origin, and takes a bare host as https", () => {
    expect(parseSettings({ bridgesUrl: " https://bridges.example.com/dashboard ", token })).toEqual({ settings: { bridgesUrl: "https://bridges.example.com", token } });
    expect(parseSettings({ bridgesUrl: "bridges.example.com", token })).toEqual({ settings: { bridgesUrl: "https://bridges.example.com", token } });
    expect(parseSettings({ bridgesUrl: "http://127.0.0.1:3000", token: ` ${token}\n` })).toEqual({ settings: { bridgesUrl: "http://127.0.0.1:3000", token } });
  });

  it("names each field that is wrong", () => {
    expect(parseSettings({ bridgesUrl: "javascript:alert(1)", token: "brg_short" })).toEqual({
      errors: { bridgesUrl: expect.stringContaining("Enter your Bridges address"), token: expect.stringContaining("starts with brg_") },
    });
    expect(parseSettings({ bridgesUrl: "", token })).toEqual({ errors: { bridgesUrl: expect.any(String) } });
  });
});
