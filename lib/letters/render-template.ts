import { isLetterVariable, LETTER_VARIABLES, type LetterValues, type LetterVariable } from "./variables";
import { truncate } from "../text";
import { LETTER_SUBJECT_MAX } from "../validation/letter";

// A tiny, logic-less template language (a subset of Mustache) for letters:
//   {{name}}               the value of a text variable
//   {{#name}} … {{/name}}  shown when the variable is known (non-empty text, or true)
//   {{^name}} … {{/name}}  shown when it is not
// Anything else between double braces is a syntax error, found when a template is saved, so
// that a rendered letter can never show a placeholder to the person receiving it.

type Node =
  | { type: "text"; text: string }
  | { type: "variable"; name: LetterVariable }
  | { type: "section"; name: LetterVariable; inverted: boolean; children: Node[] };

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
  const stack: { name: LetterVariable; children: Node[] }[] = [];
  const current = () => stack.at(-1)?.children ?? root;
  let last = 0;
  for (const match of source.matchAll(TAG)) {
    const text = source.slice(last, match.index);
    checkPlainText(text, { afterTag: last > 0, beforeTag: true });
    if (text) current().push({ type: "text", text });
    last = match.index + match[0].length;

    const [, sigil, name] = match as unknown as [string, string, string];
    if (!isLetterVariable(name)) {
      throw new TemplateSyntaxError(`Unknown variable {{${name}}}. Use one of: ${Object.keys(LETTER_VARIABLES).join(", ")}.`);
    }
    if (sigil === "/") {
      const open = stack.pop();
      if (!open || open.name !== name) throw new TemplateSyntaxError(`{{/${name}}} closes a section that is not open.`);
    } else if (sigil === "#" || sigil === "^") {
      const section: Node = { type: "section", name, inverted: sigil === "^", children: [] };
      current().push(section);
      stack.push({ name, children: section.children });
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
  if (unclosed) throw new TemplateSyntaxError(`The section {{#${unclosed.name}}} is never closed with {{/${unclosed.name}}}.`);
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

function renderNodes(nodes: Node[], values: LetterValues): string {
  let out = "";
  for (const node of nodes) {
    if (node.type === "text") out += node.text;
    else if (node.type === "variable") {
      const value = values[node.name];
      out += typeof value === "string" ? cleanValue(value) : "";
    } else if (isKnown(values[node.name]) !== node.inverted) out += renderNodes(node.children, values);
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

export function renderTemplate(source: string, values: LetterValues): string {
  return tidy(renderNodes(parseTemplate(source), values));
}

export type LetterText = { subject: string; body: string };

export function renderLetter(template: LetterText, values: LetterValues): LetterText {
  return {
    // A long company or role can push a filled-in subject past what a letter may hold.
    subject: truncate(renderTemplate(template.subject, values).replace(/\s+/g, " "), LETTER_SUBJECT_MAX),
    body: renderTemplate(template.body, values),
  };
}
