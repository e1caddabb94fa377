import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BUILT_IN_TEMPLATES, LETTER_KINDS } from "./built-in-templates";
import { renderLetter, renderTemplate, TemplateSyntaxError, templateProblem } from "./render-template";
import { LETTER_SUBJECT_MAX } from "../validation/letter";
import { LETTER_VARIABLES, SAMPLE_VALUES, type LetterValues, type LetterVariable } from "./variables";

const PLACEHOLDER = /\{\{|\}\}/;

const textVariables = (Object.keys(LETTER_VARIABLES) as LetterVariable[]).filter((name) => LETTER_VARIABLES[name].type === "text");
const flagVariables = (Object.keys(LETTER_VARIABLES) as LetterVariable[]).filter((name) => LETTER_VARIABLES[name].type === "flag");

const anyText = fc.oneof(fc.string(), fc.constantFrom("{{firstName}}", "}}{{", "  ", "Dana", "<b>x</b>"));
const name = fc.stringMatching(/^[A-Za-zÀ-ÿ'-]{1,20}$/);

// Any mix of known and unknown facts, including hostile text. First names come from
// firstNameOf(), so they are a word; a rejection always has its company and role.
function valuesArbitrary(required: LetterVariable[] = []): fc.Arbitrary<LetterValues> {
  const arbitraries = Object.fromEntries([
    ...textVariables.map((variable) => [variable, variable === "firstName" ? name : anyText]),
    ...flagVariables.map((variable) => [variable, fc.boolean()]),
  ]) as { [K in LetterVariable]: fc.Arbitrary<string | boolean> };
  for (const variable of required) arbitraries[variable] = name;
  return fc.record(arbitraries, { requiredKeys: required });
}
const REQUIRED: Partial<Record<(typeof LETTER_KINDS)[number], LetterVariable[]>> = { rejection_thank_you: ["company", "role"] };

describe("renderTemplate", () => {
  it("inserts text variables and shows sections by what is known", () => {
    const source = "{{#firstName}}Dear {{firstName}},{{/firstName}}{{^firstName}}Hello,{{/firstName}} about {{role}}.";
    expect(renderTemplate(source, { firstName: "Dana", role: "Engineer" })).toBe("Dear Dana, about Engineer.");
    expect(renderTemplate(source, { firstName: "  ", role: "Engineer" })).toBe("Hello, about Engineer.");
    expect(renderTemplate(source, { role: "Engineer" })).toBe("Hello, about Engineer.");
  });

  it("nests sections and treats flags as yes/no", () => {
    const source = "A{{#finalist}} B{{#closeSecond}} C{{/closeSecond}}{{/finalist}}{{^finalist}} D{{/finalist}}.";
    expect(renderTemplate(source, { finalist: true, closeSecond: true })).toBe("A B C.");
    expect(renderTemplate(source, { finalist: true, closeSecond: false })).toBe("A B.");
    expect(renderTemplate(source, { finalist: false, closeSecond: true })).toBe("A D.");
  });

  it("tidies the gaps vanished sections leave: no double spaces, no space before punctuation, no stacked blank lines", () => {
    const source = "One {{#detail}}two {{/detail}} three , four.\n\n{{#detail}}Para{{/detail}}\n\n\nEnd";
    expect(renderTemplate(source, {})).toBe("One three, four.\n\nEnd");
  });

  it("inserts values verbatim on one line, never re-expanding them", () => {
    expect(renderTemplate("Hi {{firstName}}!", { firstName: "{{company}}" })).toBe("Hi company!");
    expect(renderTemplate("Hi {{firstName}}!", { firstName: "Ana\n\nMaria" })).toBe("Hi Ana Maria!");
  });

  it.each([
    ["an unknown variable", "Hi {{nickname}}", /Unknown variable \{\{nickname\}\}/],
    ["an unclosed section", "{{#detail}}About {{detail}}", /never closed/],
    ["a stray closing tag", "Hi{{/detail}}", /not open/],
    ["a crossed section", "{{#detail}}{{#role}}x{{/detail}}{{/role}}", /not open/],
    ["an unclosed placeholder", "Hi {{firstName", /not closed or is malformed/],
    ["a lone closing pair", "Hi }} there", /not closed or is malformed/],
    ["a flag used as text", "Hi {{closeSecond}}", /yes\/no fact/],
    ["a brace touching a tag", "Hi {{{firstName}}}", /brace/],
  ])("refuses %s with a message the user can act on", (_label, source, message) => {
    expect(() => renderTemplate(source, SAMPLE_VALUES)).toThrow(TemplateSyntaxError);
    expect(templateProblem(source)).toMatch(message);
  });

  it("accepts spaces inside tags and single braces in text", () => {
    expect(templateProblem("{{ #firstName }}Hi {{ firstName }}{{ /firstName }} { ok }")).toBeNull();
    expect(renderTemplate("{{ #firstName }}Hi {{ firstName }}{{ /firstName }} { ok }", { firstName: "Dana" })).toBe("Hi Dana { ok }");
  });

  it("never lets a placeholder survive, for any template it accepts and any values", () => {
    const pieces = fc.constantFrom(
      ...Object.keys(LETTER_VARIABLES).flatMap((name) => [`{{${name}}}`, `{{#${name}}}`, `{{^${name}}}`, `{{/${name}}}`]),
      "{",
      "}",
      "{{",
      "}}",
      " ",
      "\n",
      "text",
      ".",
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string()), { maxLength: 30 }), valuesArbitrary(), (parts, values) => {
        const source = parts.join("");
        if (templateProblem(source) !== null) return;
        expect(renderTemplate(source, values)).not.toMatch(PLACEHOLDER);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("built-in templates", () => {
  it.each(LETTER_KINDS)("%s is a valid template, subject and body", (kind) => {
    expect(templateProblem(BUILT_IN_TEMPLATES[kind].subject)).toBeNull();
    expect(templateProblem(BUILT_IN_TEMPLATES[kind].body)).toBeNull();
  });

  it.each(LETTER_KINDS)("%s renders without a placeholder, a blank greeting or a dangling space, whatever is known", (kind) => {
    fc.assert(
      fc.property(valuesArbitrary(REQUIRED[kind]), (values) => {
        const letter = renderLetter(BUILT_IN_TEMPLATES[kind], values);
        for (const text of [letter.subject, letter.body]) {
          expect(text).not.toMatch(PLACEHOLDER);
          expect(text).not.toMatch(/ {2}| [.,]|\n{3}/);
          expect(text).toBe(text.trim());
        }
        expect(letter.body).toMatch(/^(Dear \S.*|Hello),\n/);
        expect(letter.subject.length).toBeGreaterThan(5);
      }),
      { numRuns: 300 },
    );
  });

  it.each(LETTER_KINDS)("%s keeps its subject within what a letter may hold, however long the company and role", (kind) => {
    const long = { ...SAMPLE_VALUES, company: "Acme ".repeat(100), role: "Engineer ".repeat(100) };
    const template = BUILT_IN_TEMPLATES[kind];
    const letter = renderLetter(template, long);
    expect(letter.subject.length).toBeLessThanOrEqual(LETTER_SUBJECT_MAX);
    // Cut only when the filled-in subject would not fit.
    const full = renderTemplate(template.subject, long).replace(/\s+/g, " ");
    expect(letter.subject.length).toBe(Math.min(full.length, LETTER_SUBJECT_MAX));
  });

  it.each(LETTER_KINDS)("%s greets and signs with the names when they are known", (kind) => {
    const letter = renderLetter(BUILT_IN_TEMPLATES[kind], SAMPLE_VALUES);
    expect(letter.body.startsWith("Dear Dana,\n")).toBe(true);
    expect(letter.body.endsWith("\nAlex Morgan")).toBe(true);
  });
});

describe("the thank-you after a rejection", () => {
  const template = BUILT_IN_TEMPLATES.rejection_thank_you;
  const base: LetterValues = { company: "Northwind Labs", role: "Product Engineer", senderName: "Alex Morgan" };

  it("holds the article's elements: thanks for the time, best wishes, interest, kept on file, related openings", () => {
    const { subject, body } = renderLetter(template, { ...base, firstName: "Dana", interviewed: true, interviewDate: "12 November", renewedInterest: true });
    expect(subject).toBe("Thank you, Dana — Product Engineer at Northwind Labs");
    expect(body).toContain("Dear Dana,");
    expect(body).toContain("Thank you for the time you invested in meeting me on 12 November");
    expect(body).toContain("for considering me for the Product Engineer role at Northwind Labs");
    expect(body).toContain("I wish you and everyone at Northwind Labs every success.");
    expect(body).toContain("My interest in Northwind Labs has not changed");
    expect(body).toContain("kept my information on file and let me know of any related openings");
  });

  it("mentions the detail from the notes only when there is one", () => {
    const withDetail = renderLetter(template, { ...base, interviewed: true, detail: "you asked how we would shard the billing data" }).body;
    expect(withDetail).toContain("One part of our conversation has stayed with me: you asked how we would shard the billing data.");
    const without = renderLetter(template, { ...base, interviewed: true }).body;
    expect(without).not.toContain("stayed with me");
  });

  it("writes to the sender of a rejection who never interviewed the user without pretending they met", () => {
    const { subject, body } = renderLetter(template, base);
    expect(subject).toBe("Thank you — Product Engineer at Northwind Labs");
    expect(body.startsWith("Hello,\n")).toBe(true);
    expect(body).toContain("Thank you for letting me know about your decision on the Product Engineer role at Northwind Labs");
    expect(body).not.toMatch(/meeting me|our conversation/);
  });

  it("speaks to finalists and close seconds differently, wishing the hire well", () => {
    const closeSecond = renderLetter(template, { ...base, interviewed: true, finalist: true, closeSecond: true }).body;
    expect(closeSecond).toContain("It meant a lot to hear that the decision was a close one.");
    expect(closeSecond).toContain("I hope the person you chose settles in quickly");
    const finalist = renderLetter(template, { ...base, interviewed: true, finalist: true }).body;
    expect(finalist).toContain("I am grateful to have made it to the final round.");
    const early = renderLetter(template, { ...base, interviewed: true }).body;
    expect(early).not.toMatch(/final round|close one|person you chose/);
  });

  it("thanks for an offer to keep the user on file, and leaves interest out when there is none", () => {
    const offered = renderLetter(template, { ...base, keepOnFile: true, renewedInterest: true }).body;
    expect(offered).toContain("Thank you for offering to keep my information on file; I would be glad to hear about any related openings.");
    const notInterested = renderLetter(template, { ...base, keepOnFile: false, renewedInterest: false }).body;
    expect(notInterested).not.toContain("My interest");
    expect(notInterested).toContain("If you hear of related openings, at Northwind Labs or elsewhere");
  });

  it("thanks for feedback only when some was given", () => {
    expect(renderLetter(template, { ...base, feedback: true }).body).toContain("Thank you as well for your feedback.");
    expect(renderLetter(template, { ...base, feedback: false }).body).not.toContain("feedback");
  });

  it("signs off without a name when the user has not given one", () => {
    const { body } = renderLetter(template, { ...base, senderName: null });
    expect(body.endsWith("With best wishes,")).toBe(true);
  });
});
