import { HTMLElement, NodeType, parse, type Node } from "node-html-parser";

// Posting descriptions are HTML (paragraphs, lists, bold headings, links). Markdown keeps that
// structure as text the app already renders safely (react-markdown, no raw HTML).

const BLOCKS = new Set(["p", "div", "section", "article", "header", "footer", "ul", "ol", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "table", "tr", "br", "hr"]);
const SKIPPED = new Set(["script", "style", "noscript", "template", "svg", "button", "form", "iframe", "img"]);

export function htmlToMarkdown(html: string): string {
  const root = parse(html, { blockTextElements: { script: false, style: false, noscript: false, pre: true } });
  return tidy(renderChildren(root));
}

function renderChildren(node: Node): string {
  return node.childNodes.map(renderNode).join("");
}

function renderNode(node: Node): string {
  if (node.nodeType === NodeType.TEXT_NODE) return node.text.replace(/\s+/g, " ");
  if (!(node instanceof HTMLElement)) return "";
  const tag = node.rawTagName?.toLowerCase() ?? "";
  if (SKIPPED.has(tag)) return "";
  const inner = () => renderChildren(node);
  switch (tag) {
    case "br":
      return "  \n";
    case "hr":
      return "\n\n---\n\n";
    case "h1":
    case "h2":
    case "h3":
    case "h4":
    case "h5":
    case "h6":
      return `\n\n${"#".repeat(Math.max(2, Number(tag[1])))} ${inline(inner())}\n\n`;
    case "strong":
    case "b":
      return wrap(inner(), "**");
    case "em":
    case "i":
      return wrap(inner(), "_");
    case "a": {
      const href = node.getAttribute("href") ?? "";
      const text = inline(inner());
      return /^https?:\/\//i.test(href) && text ? `[${text}](${href})` : text;
    }
    case "ul":
    case "ol": {
      const items = node.childNodes.filter((child): child is HTMLElement => child instanceof HTMLElement && child.rawTagName?.toLowerCase() === "li");
      // A nested list is indented by the item that holds it.
      const lines = items.map((item, index) => {
        const marker = tag === "ol" ? `${index + 1}.` : "-";
        return `${marker} ${tidy(renderChildren(item)).replace(/\n+/g, "\n  ")}`;
      });
      return `\n\n${lines.join("\n")}\n\n`;
    }
    case "pre":
      return `\n\n\`\`\`\n${node.text.trim()}\n\`\`\`\n\n`;
    default:
      return BLOCKS.has(tag) ? `\n\n${inner()}\n\n` : inner();
  }
}

function wrap(text: string, mark: string) {
  const trimmed = text.trim();
  return trimmed ? `${text.startsWith(" ") ? " " : ""}${mark}${trimmed}${mark}${text.endsWith(" ") ? " " : ""}` : text;
}

const inline = (text: string) => text.replace(/\s+/g, " ").trim();

function tidy(markdown: string): string {
  return markdown
    .split("\n")
    .map((line) => (line.trim() ? line : ""))
    .map((line) => line.replace(/[ \t]+$/g, (spaces) => (spaces.length >= 2 ? "  " : "")).replace(/^ (?=\S)/, ""))
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
