// Small helpers for the two pages: every text is set as text, never as HTML.

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`#${id} is missing`);
  return element as T;
}

/** Shows `text` in the element, or hides it when there is none. */
export function say(id: string, text: string | null | undefined): void {
  const element = byId(id);
  element.textContent = text ?? "";
  element.hidden = !text;
}

/** A field's message under it (`<id>-error`), and the field marked invalid while there is one. */
export function fieldError(fieldId: string, message: string | null | undefined): void {
  say(`${fieldId}-error`, message);
  byId(fieldId).setAttribute("aria-invalid", String(Boolean(message)));
}
