import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BUILT_IN_TEMPLATES, builtInTemplate, type BuiltInTemplate, type LETTER_KINDS } from "./built-in-templates";
import { countWords, sharedSentenceRatio, WORDS_MAX, WORDS_MIN } from "./letter-checks";
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

describe("{{#oneOf}} phrasings", () => {
  it("gives the n-th letter the n-th phrasing, wrapping around", () => {
    const source = "{{#oneOf}}One{{or}}Two{{or}}Three{{/oneOf}} {{role}}.";
    expect([0, 1, 2, 3].map((variant) => renderTemplate(source, { role: "x" }, variant))).toEqual(["One x.", "Two x.", "Three x.", "One x."]);
  });

  it("nests inside sections and holds sections itself", () => {
    const source = "{{#detail}}{{#oneOf}}A {{detail}}{{or}}B{{#role}} {{role}}{{/role}}{{/oneOf}}{{/detail}}";
    expect(renderTemplate(source, { detail: "d", role: "r" }, 1)).toBe("B r");
    expect(renderTemplate(source, { role: "r" }, 0)).toBe("");
  });

  it.each([
    ["an {{or}} outside a block", "A{{or}}B", /inside/],
    ["an unclosed block", "{{#oneOf}}A{{or}}B", /never closed/],
    ["a stray close", "A{{/oneOf}}", /not open/],
    ["a crossed block", "{{#detail}}{{#oneOf}}A{{/detail}}{{/oneOf}}", /not open/],
  ])("refuses %s", (_label, source, message) => {
    expect(templateProblem(source)).toMatch(message);
  });
});

const slotName = (template: BuiltInTemplate) => `${template.kind} to ${template.audience}`;
const VARIANTS = [0, 1, 2, 3];

describe("built-in templates", () => {
  it.each(BUILT_IN_TEMPLATES.map((template) => [slotName(template), template] as const))("%s is a valid template, subject and body", (_name, template) => {
    expect(templateProblem(template.subject)).toBeNull();
    expect(templateProblem(template.body)).toBeNull();
  });

  it.each(BUILT_IN_TEMPLATES.map((template) => [slotName(template), template] as const))(
    "%s renders without a placeholder, a blank greeting or a dangling space, whatever is known, in every phrasing",
    (_name, template) => {
      fc.assert(
        fc.property(valuesArbitrary(REQUIRED[template.kind]), fc.constantFrom(...VARIANTS), (values, variant) => {
          const letter = renderLetter(template, values, variant);
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
    },
  );

  it.each(BUILT_IN_TEMPLATES.map((template) => [slotName(template), template] as const))(
    "%s keeps its subject within what a letter may hold, however long the company and role",
    (_name, template) => {
      const long = { ...SAMPLE_VALUES, company: "Acme ".repeat(100), role: "Engineer ".repeat(100) };
      const letter = renderLetter(template, long);
      expect(letter.subject.length).toBeLessThanOrEqual(LETTER_SUBJECT_MAX);
      // Cut only when the filled-in subject would not fit.
      const full = renderTemplate(template.subject, long).replace(/\s+/g, " ");
      expect(letter.subject.length).toBe(Math.min(full.length, LETTER_SUBJECT_MAX));
    },
  );

  it.each(BUILT_IN_TEMPLATES.map((template) => [slotName(template), template] as const))("%s greets and signs with the names when they are known", (_name, template) => {
    for (const variant of VARIANTS) {
      const letter = renderLetter(template, SAMPLE_VALUES, variant);
      expect(letter.body.startsWith("Dear Dana,\n")).toBe(true);
      expect(letter.body.endsWith("\nAlex Morgan")).toBe(true);
    }
  });

  it.each(BUILT_IN_TEMPLATES.filter((template) => template.kind === "rejection_thank_you").map((template) => [slotName(template), template] as const))(
    "%s is short: 80–200 words, whatever is known",
    (_name, template) => {
      fc.assert(
        fc.property(fc.record({ interviewed: fc.boolean(), finalist: fc.boolean(), closeSecond: fc.boolean(), renewedInterest: fc.boolean(), keepOnFile: fc.boolean(), feedback: fc.boolean(), detail: fc.constantFrom(null, "you asked how I would design data contracts between teams") }), fc.constantFrom(...VARIANTS), (facts, variant) => {
          const words = countWords(renderLetter(template, { ...SAMPLE_VALUES, interviewDate: facts.interviewed ? "12 November" : null, ...facts }, variant).body);
          expect(words).toBeGreaterThanOrEqual(WORDS_MIN);
          expect(words).toBeLessThanOrEqual(WORDS_MAX);
        }),
        { numRuns: 200 },
      );
    },
  );

  it("gives four interviewers on one panel letters that share at most half their sentences", () => {
    const template = builtInTemplate("rejection_thank_you", "interviewer");
    const people = ["Dana", "Eli", "Fang", "Gus"];
    const letters = people.map((firstName, variant) => renderLetter(template, { ...SAMPLE_VALUES, firstName, closeSecond: false, keepOnFile: false, feedback: false, detail: null }, variant).body);
    for (const [i, a] of letters.entries()) for (const b of letters.slice(i + 1)) expect(sharedSentenceRatio(a, b)).toBeLessThanOrEqual(0.5);
  });
});

describe("the thank-you after a rejection", () => {
  const sender = builtInTemplate("rejection_thank_you", "sender");
  const interviewer = builtInTemplate("rejection_thank_you", "interviewer");
  const base: LetterValues = { company: "Northwind Labs", role: "Product Engineer", senderName: "Alex Morgan", stage: "the final round" };

  it("holds the article's elements in order: thanks for the time, a detail, best wishes, interest, related openings", () => {
    const { subject, body } = renderLetter(interviewer, { ...base, firstName: "Dana", interviewed: true, interviewDate: "12 November", renewedInterest: true, detail: "you asked how I would design data contracts" });
    expect(subject).toBe("Thank you for your time — Product Engineer at Northwind Labs");
    const order = [
      "Dear Dana,",
      "Thank you for the time you spent with me on 12 November during the Product Engineer interviews at Northwind Labs.",
      "I have kept thinking about one part of our conversation: you asked how I would design data contracts.",
      "I wish you and the team every success.",
      "I am still keen on Northwind Labs",
      "If a related opening comes up, in your team or elsewhere, I would be grateful if you thought of me.",
    ].map((sentence) => body.indexOf(sentence));
    expect(order.every((index) => index >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it("asks the others to keep the user in mind, and thanks only the person who offered it", () => {
    const asked = renderLetter(interviewer, { ...base, interviewed: true, keepOnFile: false }).body;
    expect(asked).not.toMatch(/offering to keep|your feedback|close one/);
    const offered = renderLetter(sender, { ...base, keepOnFile: true, renewedInterest: true, feedback: true, closeSecond: true, finalist: true }).body;
    expect(offered).toContain("Thank you for offering to keep my CV on file");
    expect(offered).toContain("Thank you as well for your feedback.");
    expect(offered).toContain("It meant a lot to hear that the decision was a close one.");
  });

  it("writes to a sender who never interviewed the user without pretending they met", () => {
    const { subject, body } = renderLetter(sender, base);
    expect(subject).toBe("Thank you — Product Engineer at Northwind Labs");
    expect(body.startsWith("Hello,\n")).toBe(true);
    expect(body).not.toMatch(/meeting me|our conversation/);
  });

  it("leaves interest out when there is none, and asks about openings elsewhere", () => {
    const notInterested = renderLetter(sender, { ...base, renewedInterest: false }).body;
    expect(notInterested).not.toMatch(/My interest|considered again/);
    expect(notInterested).toContain("If you hear of related openings, at Northwind Labs or elsewhere");
  });

  it("signs off without a name when the user has not given one", () => {
    const { body } = renderLetter(sender, { ...base, senderName: null });
    expect(body.endsWith("With best wishes,")).toBe(true);
  });
});
