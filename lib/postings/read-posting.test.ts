import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { bookmarkletHref } from "./bookmarklet";
import { htmlToMarkdown } from "./html-to-markdown";
import { readPosting, type Posting } from "./read-posting";
import { postingToApplicationValues } from "./to-application";

const fixture = (name: string) => readFileSync(path.join(__dirname, "../../tests/fixtures/postings", name), "utf8");
const read = (name: string, url?: string) => readPosting(fixture(name), url);

// One row per fixture page: what the reader must find there.
const LAYOUTS: [string, string | undefined, Partial<Posting>][] = [
  [
    "json-ld-full.html",
    "https://careers.northwind.example/jobs/7",
    {
      title: "Senior Platform Engineer",
      company: "Northwind Labs",
      location: "Berlin, DE",
      salary: "€70,000–€85,000 a year",
      employmentType: "Full-time",
      datePosted: "2026-11-20",
      validThrough: "2027-01-31",
      url: "https://careers.northwind.example/jobs/7",
      sources: ["json-ld"],
    },
  ],
  ["json-ld-two-blocks.html", undefined, { title: "Data Engineer", company: "Globex", workMode: "remote", salary: "£650 a day", employmentType: "Full-time, Contract", datePosted: "2026-11-28" }],
  ["json-ld-entities.html", undefined, { title: "R&D Engineer – C++ & Rust", company: "Smith & Wesson Digital", location: "Zürich, Switzerland", salary: "CHF 120,000–CHF 140,000 a year" }],
  ["opengraph-only.html", undefined, { title: "Product Designer", company: "Initech", url: "https://careers.initech.example/jobs/42-product-designer", sources: ["meta"] }],
  ["greenhouse.html", "https://boards.greenhouse.io/acme/jobs/123", { title: "Staff Software Engineer, Payments", company: "Acme Robotics", location: "New York, NY (Hybrid)", workMode: "hybrid", sources: ["layout:greenhouse"] }],
  ["lever.html", "https://jobs.lever.co/hooli/abc", { title: "Backend Engineer (Search)", company: "Hooli", location: "London, United Kingdom", workMode: "hybrid", employmentType: "Full-time" }],
  ["ashby.html", "https://jobs.ashbyhq.com/tyrell/1", { title: "Machine Learning Engineer", company: "Tyrell Bio", salary: "£95,000–£120,000 a year", workMode: "hybrid", employmentType: "Full-time", sources: ["json-ld", "layout:ashby"] }],
  ["workday.html", "https://stark.wd5.myworkdayjobs.com/en-US/careers/job/R123", { title: "Senior Analyst, Supply Chain", company: "Stark", location: "Toronto, ON", workMode: "remote", employmentType: "Full time" }],
  ["linkedin.html", "https://www.linkedin.com/jobs/view/123", { title: "Engineering Manager", company: "Stark Logistics", location: "Austin, TX (On-site)", workMode: "onsite", salary: "$150,000.00/yr - $180,000.00/yr", employmentType: "Full-time" }],
  ["indeed.html", "https://uk.indeed.com/viewjob?jk=abc", { title: "Full-stack Developer", company: "Umbrella Health & Care", workMode: "hybrid", salary: "£45,000 - £55,000 a year", employmentType: "Permanent" }],
  ["welcome-to-the-jungle.html", "https://www.welcometothejungle.com/fr/companies/soylent-foods/jobs/dev", { title: "Développeur Backend Senior", company: "Soylent Foods", location: "Paris, FR; Lyon, FR", workMode: "hybrid", salary: "55K à 65K €" }],
  ["personio.html", "https://acme-gmbh.jobs.personio.de/job/123", { title: "Softwareentwickler:in Java (m/w/d)", company: "Acme GmbH", location: "München", employmentType: "Vollzeit" }],
  ["missing-company.html", undefined, { title: "Backend Engineer", company: null, workMode: "remote", salary: "$60–$75.50 an hour", description: null }],
];

describe("readPosting on fixture pages", () => {
  it.each(LAYOUTS)("%s", (name, url, expected) => {
    expect(read(name, url)).toMatchObject(expected);
  });

  it("turns the JSON-LD description into Markdown, headings and lists kept", () => {
    expect(read("json-ld-full.html").description).toBe(
      "Northwind Labs builds **logistics software** for 400 warehouses.\n\n### What you will do\n\n- Run our Kubernetes platform\n- Mentor two engineers\n\nHybrid: two days a week in our Berlin office.",
    );
  });

  it("decodes a description escaped twice, and entities in layouts", () => {
    expect(read("json-ld-entities.html").description).toBe("Join our R&D team & ship _fast_ code.\n\n- C++ > 5 years");
    expect(read("greenhouse.html", "https://boards.greenhouse.io/acme/jobs/1").description).toContain("Payments moves $2B a year — and we're growing.");
    expect(read("indeed.html").description).toBe("We’re building patient-facing apps.\n\nRequirements:\n\n- React\n- Node.js");
  });

  it("keeps line breaks of a plain-text description", () => {
    expect(read("json-ld-two-blocks.html").description).toBe("Build pipelines.  \nWork from anywhere in the UK.");
  });

  it("skips a JSON-LD block that is not JSON and objects that are not postings", () => {
    const posting = read("json-ld-two-blocks.html");
    expect(posting.company).toBe("Globex");
    expect(posting.sources).toEqual(["json-ld"]);
  });

  it("finds a layout by its markup when the page was saved under another address", () => {
    expect(read("lever.html", "http://localhost:4000/saved.html")).toMatchObject({ title: "Backend Engineer (Search)", sources: ["layout:lever"] });
  });

  it("reads nothing from an empty or hostile page, and never throws", () => {
    expect(readPosting("")).toMatchObject({ title: null, company: null, description: null, sources: [] });
    expect(readPosting("<script type='application/ld+json'>{\"@type\":\"JobPosting\",\"title\":{\"x\":1},\"jobLocation\":[null,3,\"Oslo\"],\"baseSalary\":{\"value\":-5}}</script>")).toMatchObject({
      title: null,
      location: "Oslo",
      salary: null,
    });
    expect(readPosting("<title>Job</title>", "javascript:alert(1)").url).toBeNull();
  });

  it("bounds every line and the description", () => {
    const long = readPosting(`<meta property="og:title" content="${"x".repeat(5000)}"><div id="jobDescriptionText">${`<p>${"y".repeat(20)}</p>`.repeat(5_000)}</div>`);
    expect(long.title!.length).toBe(200);
    expect(long.description!.length).toBeLessThanOrEqual(50_000);
  });
});

describe("htmlToMarkdown", () => {
  it("keeps structure, drops scripts and links that are not http(s)", () => {
    expect(htmlToMarkdown(`<h2>About</h2><p>A <b>bold</b> <a href="javascript:alert(1)">trap</a> and <a href="https://x.test">link</a>.</p><script>alert(1)</script><ol><li>one</li><li>two<ul><li>nested</li></ul></li></ol>`)).toBe(
      "## About\n\nA **bold** trap and [link](https://x.test).\n\n1. one\n2. two\n  - nested",
    );
  });
});

describe("bookmarkletHref", () => {
  it("is a javascript: URL bound to the app's origin only", () => {
    const href = bookmarkletHref("https://bridges.example.com/settings");
    expect(href.startsWith("javascript:")).toBe(true);
    const source = decodeURIComponent(href.slice("javascript:".length));
    expect(source).toContain('const o="https://bridges.example.com"');
    expect(source).toContain("w.postMessage(d,o)");
    expect(source).not.toContain("brg_");
  });
});

describe("postingToApplicationValues", () => {
  it("fills the application form from a posting, as a wishlist item with its board as source", () => {
    const values = postingToApplicationValues(read("lever.html", "https://jobs.lever.co/hooli/abc"), "https://jobs.lever.co/hooli/abc");
    expect(values).toMatchObject({
      status: "wishlist",
      company: "Hooli",
      role: "Backend Engineer (Search)",
      postingUrl: "https://jobs.lever.co/hooli/abc",
      location: "London, United Kingdom",
      workMode: "hybrid",
      source: "jobs.lever.co",
      postingDescription: "We index the world.\n\n**You will** tune ranking.",
    });
  });

  it("leaves out what the page does not say and trims what the form would refuse", () => {
    const values = postingToApplicationValues({ ...readPosting(""), title: "x".repeat(300) }, null);
    expect(values).toEqual({ status: "wishlist", role: "x".repeat(200) });
  });
});

describe("what the bookmarklet sends", () => {
  it("reads Lever's company without its logo's image, from the page title's order", () => {
    const withoutLogo = fixture("lever.html").replace(/<div class="main-header-logo">.*?<\/div>/s, "");
    expect(readPosting(withoutLogo, "https://jobs.lever.co/hooli/abc")).toMatchObject({ title: "Backend Engineer (Search)", company: "Hooli" });
  });
});
