import { isLetterVariable, LETTER_VARIABLES, type LetterValues, type LetterVariable } from "./variables";
import { truncate } from "../text";
import { LETTER_SUBJECT_MAX } from "../validation/letter-limits";

// A tiny, logic-less template language (a subset of Mustache) for letters:
//   {{name}}               the value of a text variable
//   {{#name}} … {{/name}}  shown when the variable is known (non-empty text, or true)
//   {{^name}} … {{/name}}  shown when it is not
//   {{#oneOf}} a {{or}} b {{or}} c {{/oneOf}}
//                          one of several phrasings: the n-th letter to one panel takes the
//                          n-th, so that letters people compare do not read as a form letter
// Anything else between double braces is a syntax error, found when a template is saved, so
// that a rendered letter can never show a placeholder to the person receiving it.

type Node =
  | { type: "text"; text: string }
  | { type: "variable"; name: LetterVariable }
  | { type: "section"; name: LetterVariable; inverted: boolean; children: Node[] }
  | { type: "oneOf"; options: Node[][] };

const ONE_OF = "oneOf";
const OR = "or";

export class TemplateSyntaxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "TemplateSyntaxError";
  }
}

const TAG = /\{\{\s*([#^/]?)\s*([A-Za-z][A-Za-z0-9]*)\s*\}\}/g;

// Plain text may hold single braces, but never a pair, and never a brace touching a tag: once
// the tags are replaced, such a brace could meet another one and read as a placeholder.
function checkPlainText(text: string, { afterTag, beforeTag }: { afterTag: boolean; beforeTag: boolean }) {
  if (text.includes("{{") || text.includes("}}")) {
    throw new TemplateSyntaxError("A placeholder is not closed or is malformed: write variables as {{firstName}}.");
  }
  if ((afterTag && /^[{}]/.test(text)) || (beforeTag && /[{}]$/.test(text))) {
    throw new TemplateSyntaxError("Put a space between a brace and a placeholder.");
  }
}

export function parseTemplate(source: string): Node[] {
  const root: Node[] = [];
  // Open blocks, innermost last: a section collects its children; a oneOf collects options.
  const stack: ({ kind: "section"; name: LetterVariable; children: Node[] } | { kind: "oneOf"; options: Node[][] })[] = [];
  const current = (): Node[] => {
    const open = stack.at(-1);
    if (!open) return root;
    return open.kind === "section" ? open.children : open.options.at(-1)!;
  };
  let last = 0;
  for (const match of source.matchAll(TAG)) {
    const text = source.slice(last, match.index);
    checkPlainText(text, { afterTag: last > 0, beforeTag: true });
    if (text) current().push({ type: "text", text });
    last = match.index + match[0].length;

    const [, sigil, name] = match as unknown as [string, string, string];
    if (name === ONE_OF || name === OR) {
      if (name === ONE_OF && sigil === "#") {
        const block: Node = { type: "oneOf", options: [[]] };
        current().push(block);
        stack.push({ kind: "oneOf", options: block.options });
      } else if (name === ONE_OF && sigil === "/") {
        const open = stack.pop();
        if (open?.kind !== "oneOf") throw new TemplateSyntaxError("{{/oneOf}} closes a block that is not open.");
      } else if (name === OR && sigil === "") {
        const open = stack.at(-1);
        if (open?.kind !== "oneOf") throw new TemplateSyntaxError("{{or}} separates phrasings inside {{#oneOf}}…{{/oneOf}} only.");
        open.options.push([]);
      } else {
        throw new TemplateSyntaxError("Write phrasings to choose from as {{#oneOf}}one way{{or}}another way{{/oneOf}}.");
      }
      continue;
    }
    if (!isLetterVariable(name)) {
      throw new TemplateSyntaxError(`Unknown variable {{${name}}}. Use one of: ${Object.keys(LETTER_VARIABLES).join(", ")}.`);
    }
    if (sigil === "/") {
      const open = stack.pop();
      if (!open || open.kind !== "section" || open.name !== name) throw new TemplateSyntaxError(`{{/${name}}} closes a section that is not open.`);
    } else if (sigil === "#" || sigil === "^") {
      const section: Node = { type: "section", name, inverted: sigil === "^", children: [] };
      current().push(section);
      stack.push({ kind: "section", name, children: section.children });
    } else {
      if (LETTER_VARIABLES[name].type === "flag") {
        throw new TemplateSyntaxError(`{{${name}}} is a yes/no fact: use it as a section, {{#${name}}}…{{/${name}}}.`);
      }
      current().push({ type: "variable", name });
    }
  }
  const rest = source.slice(last);
  checkPlainText(rest, { afterTag: last > 0, beforeTag: false });
  if (rest) current().push({ type: "text", text: rest });
  const unclosed = stack.at(-1);
  if (unclosed?.kind === "section") throw new TemplateSyntaxError(`The section {{#${unclosed.name}}} is never closed with {{/${unclosed.name}}}.`);
  if (unclosed) throw new TemplateSyntaxError("A {{#oneOf}} block is never closed with {{/oneOf}}.");
  return root;
}

/** The first problem with a template, in words a user can act on, or null when it is valid. */
export function templateProblem(source: string): string | null {
  try {
    parseTemplate(source);
    return null;
  } catch (error) {
    if (error instanceof TemplateSyntaxError) return error.message;
    throw error;
  }
}

// Values come from the user's records: one line each, and without braces, so that nothing
// inserted can ever read as a placeholder.
function cleanValue(value: string): string {
  return value.replace(/[{}]/g, "").replace(/\s+/g, " ").trim();
}

function isKnown(value: LetterValues[LetterVariable]): boolean {
  return typeof value === "string" ? cleanValue(value) !== "" : value === true;
}

function renderNodes(nodes: Node[], values: LetterValues, variant: number): string {
  let out = "";
  for (const node of nodes) {
    if (node.type === "text") out += node.text;
    else if (node.type === "variable") {
      const value = values[node.name];
      out += typeof value === "string" ? cleanValue(value) : "";
    } else if (node.type === "oneOf") out += renderNodes(node.options[variant % node.options.length]!, values, variant);
    else if (isKnown(values[node.name]) !== node.inverted) out += renderNodes(node.children, values, variant);
  }
  return out;
}

// Sections that vanish leave gaps behind: tidy spaces and blank lines so the letter reads as typed.
function tidy(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((line) => line.replace(/[ \t]{2,}/g, " ").replace(/ +([.,;:!?])/g, "$1").trimEnd())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** `variant` picks the phrasing of every {{#oneOf}} block (the n-th letter to one panel: n). */
export function renderTemplate(source: string, values: LetterValues, variant = 0): string {
  return tidy(renderNodes(parseTemplate(source), values, Math.max(0, Math.trunc(variant))));
}

export type LetterText = { subject: string; body: string };

export function renderLetter(template: LetterText, values: LetterValues, variant = 0): LetterText {
  return {
    // A long company or role can push a filled-in subject past what a letter may hold.
    subject: truncate(renderTemplate(template.subject, values, variant).replace(/\s+/g, " "), LETTER_SUBJECT_MAX),
    body: renderTemplate(template.body, values, variant),
  };
}
