import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { asFormFields } from "../../lib/api/request-body";
import { applicationSchema } from "../../lib/validation/application";
import { applicationBody, clipFrom } from "./clip";

const html = readFileSync(path.join(__dirname, "../../tests/fixtures/postings/json-ld-full.html"), "utf8");
const clip = clipFrom({ url: "https://careers.northwind.example/jobs/7", html });

describe("clipFrom", () => {
  it("reads the page with the app's reader, and starts the form as a Wishlist item without tags", () => {
    expect(clip.form).toEqual({ company: "Northwind Labs", role: "Senior Platform Engineer", status: "wishlist", tags: "" });
    expect(clip.values).toMatchObject({ postingUrl: "https://careers.northwind.example/jobs/7", location: "Berlin, DE", source: "careers.northwind.example" });
    expect(clip.values.postingDescription).toContain("### What you will do");
  });

  it("starts empty where a page says nothing", () => {
    expect(clipFrom({ url: "https://example.org/", html: "<html><body><p>Nothing here</p></body></html>" }).form).toEqual({ company: "", role: "", status: "wishlist", tags: "" });
  });
});

describe("applicationBody", () => {
  it("sends what was read, with the user's edits, status and tags", () => {
    const body = applicationBody(clip, { company: "  Northwind  ", role: "Platform Engineer", status: "wishlist", tags: " remote, ,dream job " });
    expect(body).toMatchObject({ company: "Northwind", role: "Platform Engineer", status: "wishlist", tags: ["remote", "dream job"], postingUrl: clip.values.postingUrl });
    expect(body).not.toHaveProperty("appliedOn");
  });

  it("dates an application marked Applied on the user's own day, and sends no empty tags", () => {
    const lateEvening = new Date(2026, 11, 7, 23, 30);
    const body = applicationBody(clip, { ...clip.form, status: "applied" }, lateEvening);
    expect(body.appliedOn).toBe("2026-12-07");
    expect(body).not.toHaveProperty("tags");
  });

  it("is a body the API's own schema takes", () => {
    const parsed = applicationSchema.safeParse(asFormFields(applicationBody(clip, { ...clip.form, status: "applied", tags: "platform" })));
    expect(parsed.success).toBe(true);
  });
});
