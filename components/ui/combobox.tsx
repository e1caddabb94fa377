"use client";

// Searchable pickers for contacts, companies and applications (ADR 0014): a text box that asks
// /api/pick/{source} as you type and lists at most a few matches, so a form page never carries
// every contact. The form still posts the same field names (hidden inputs), so the server
// actions and their zod schemas do not change.
import { type KeyboardEvent, type ReactNode, useEffect, useId, useRef, useState } from "react";
import { FieldShell, inputClasses } from "./field";
import { Popover, PopoverAnchor, PopoverContent } from "./popover";
import type { PickKind, PickOption } from "@/lib/validation/pick";

const SEARCH_DELAY_MS = 150;

// Labels of values seen in this tab, so that a form re-rendered after a failed save still shows
// the name behind the id it posted.
const knownLabels = new Map<string, PickOption>();
const remember = (option: PickOption) => knownLabels.set(option.value, option);

/** The matches for `query` from /api/pick/{source}, fetched while `enabled`, latest request wins. */
function usePickOptions(source: PickKind, query: string, enabled: boolean) {
  const [result, setResult] = useState<{ key: string; options: PickOption[] } | null>(null);
  const key = `${source}:${query}`;
  useEffect(() => {
    if (!enabled) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      fetch(`/api/pick/${source}?${new URLSearchParams({ q: query })}`, { signal: controller.signal, headers: { Accept: "application/json" } })
        .then((response) => (response.ok ? response.json() : { options: [] }))
        .then((body: { options: PickOption[] }) => {
          body.options.forEach(remember);
          setResult({ key, options: body.options });
        })
        .catch(() => undefined);
    }, SEARCH_DELAY_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [source, query, key, enabled]);
  const current = result?.key === key ? result.options : null;
  return { options: current ?? result?.options ?? [], loading: current === null };
}

const optionText = (option: PickOption) => (option.detail ? `${option.label} (${option.detail})` : option.label);

type BaseProps = {
  id: string;
  label: string;
  source: PickKind;
  errors?: string[];
  hint?: ReactNode;
  placeholder?: string;
};

type SearchBoxProps = BaseProps & {
  text: string;
  onTextChange: (text: string) => void;
  /** Choices listed before the matches (e.g. "No referrer") and after them (e.g. "Add … as a new person"). */
  leading?: PickOption[];
  trailing?: (query: string) => PickOption[];
  /** Values already chosen, left out of the list. */
  exclude?: string[];
  onPick: (option: PickOption) => void;
  onKeyDown?: (event: KeyboardEvent<HTMLInputElement>) => void;
  inputName?: string;
  chosen?: ReactNode;
};

const optionClasses =
  "flex cursor-pointer items-center gap-2 rounded px-2 py-1.5 select-none aria-selected:bg-brand-500/10 aria-selected:text-brand-900 dark:aria-selected:bg-brand-500/20 dark:aria-selected:text-white";
const listNoteClasses = "px-2 py-3 text-center text-slate-500 dark:text-slate-400";

/** Where ↑ / ↓ / Home / End move the highlight in a list of `count` options (wrapping around). */
function movedIndex(key: string, current: number, count: number): number | null {
  if (count === 0) return null;
  if (key === "ArrowDown") return (current + 1) % count;
  if (key === "ArrowUp") return (current - 1 + count) % count;
  if (key === "Home") return 0;
  if (key === "End") return count - 1;
  return null;
}

/**
 * The shared part: a labelled `<input role="combobox">` with a popover listbox of matches. The
 * focus stays in the text box; ↑/↓/Home/End move the highlight (`aria-activedescendant`), Enter
 * picks it, Escape and clicks outside close the list (Radix).
 */
function SearchBox({ id, label, source, errors, hint, placeholder, text, onTextChange, leading = [], trailing, exclude = [], onPick, onKeyDown, inputName, chosen }: SearchBoxProps) {
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState("");
  const anchor = useRef<HTMLDivElement>(null);
  const listId = `${id}-options`;
  const optionId = (index: number) => `${id}-option-${index}`;
  // The highlighted option's value: the first match until the arrow keys or the pointer move it.
  const [active, setActive] = useState("");
  const { options, loading } = usePickOptions(source, query, open);
  const shown = [...(query ? [] : leading), ...options.filter((option) => !exclude.includes(option.value)), ...(trailing?.(query) ?? [])];
  const activeIndex = Math.max(0, shown.findIndex((option) => option.value === active));
  const hasActive = open && shown.length > 0;
  const describedBy = errors?.length ? `${id}-error` : hint ? `${id}-hint` : undefined;

  useEffect(() => {
    if (hasActive) document.getElementById(optionId(activeIndex))?.scrollIntoView({ block: "nearest" });
  });

  function pick(option: PickOption) {
    onPick(option);
    setQuery("");
    setOpen(false);
  }

  function handleKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    onKeyDown?.(event);
    if (!open) {
      // Closed, the arrows open the list; Enter belongs to the form.
      if (event.key === "ArrowDown" || event.key === "ArrowUp") {
        event.preventDefault();
        setOpen(true);
      }
      return;
    }
    if (event.key === "Enter") {
      const option = shown[activeIndex];
      if (!option) return;
      event.preventDefault();
      pick(option);
      return;
    }
    const next = movedIndex(event.key, activeIndex, shown.length);
    if (next === null) return;
    event.preventDefault();
    setActive(shown[next]!.value);
  }

  return (
    <FieldShell id={id} label={label} errors={errors} hint={hint}>
      {chosen}
      <Popover open={open} onOpenChange={setOpen}>
        <PopoverAnchor asChild>
          <div ref={anchor}>
            <input
              id={id}
              name={inputName}
              value={text}
              placeholder={placeholder}
              type="text"
              role="combobox"
              autoComplete="off"
              aria-autocomplete="list"
              aria-expanded={open}
              aria-controls={open ? listId : undefined}
              aria-activedescendant={hasActive ? optionId(activeIndex) : undefined}
              aria-invalid={errors?.length ? true : undefined}
              aria-describedby={describedBy}
              className={inputClasses}
              onChange={(event) => {
                onTextChange(event.target.value);
                setQuery(event.target.value.trim());
                setActive("");
                setOpen(true);
              }}
              onClick={() => setOpen(true)}
              onKeyDown={handleKeyDown}
            />
          </div>
        </PopoverAnchor>
        <PopoverContent
          className="w-[var(--radix-popover-trigger-width)] min-w-64"
          onOpenAutoFocus={(event) => event.preventDefault()}
          onCloseAutoFocus={(event) => event.preventDefault()}
          onInteractOutside={(event) => {
            if (anchor.current?.contains(event.target as Node)) event.preventDefault();
          }}
        >
          {/* Filtering is the server's; the list shows what it answered. */}
          <div role="listbox" id={listId} aria-label={label} className="max-h-64 overflow-y-auto overscroll-contain">
            {shown.map((option, index) => (
              <div
                key={option.value}
                id={optionId(index)}
                role="option"
                aria-selected={index === activeIndex}
                className={optionClasses}
                // Keep the focus in the text box while the pointer picks.
                onMouseDown={(event) => event.preventDefault()}
                onMouseMove={() => setActive(option.value)}
                onClick={() => pick(option)}
              >
                {option.label}
                {option.detail ? <span className="text-slate-500 dark:text-slate-400"> ({option.detail})</span> : null}
              </div>
            ))}
          </div>
          {shown.length ? null : <p className={listNoteClasses}>{loading ? "Searching…" : query ? `No match for “${query}”` : "Nothing to choose yet"}</p>}
        </PopoverContent>
      </Popover>
    </FieldShell>
  );
}

type PickerProps = BaseProps & {
  name: string;
  /** The chosen value as the form starts (an id, or a name for free text) and, when known, its label. */
  defaultOption?: PickOption | null;
  /** A first choice meaning "none", e.g. { value: "", label: "No referrer" }. */
  emptyOption?: PickOption;
  /** Extra choices after the matches, e.g. "Someone new…". */
  extraOptions?: PickOption[];
  /** Values never offered (the contact a duplicate merges into). */
  exclude?: string[];
  onChange?: (value: string) => void;
};

/** Pick one record: posts its id as `name`; typing searches, picking shows its name. */
export function Picker({ name, defaultOption, emptyOption, extraOptions = [], exclude, onChange, ...base }: PickerProps) {
  const initial = defaultOption?.value ? (knownLabels.get(defaultOption.value) ?? defaultOption) : null;
  const [value, setValue] = useState(initial?.value ?? "");
  const [text, setText] = useState(initial ? optionText(initial) : "");
  const choose = (next: string) => {
    setValue(next);
    onChange?.(next);
  };
  return (
    <>
      <SearchBox
        {...base}
        text={text}
        leading={emptyOption ? [emptyOption] : []}
        trailing={() => extraOptions}
        exclude={exclude}
        onTextChange={(next) => {
          setText(next);
          // Typing over a chosen name un-chooses it: what is posted always matches what is shown.
          if (value) choose(emptyOption?.value ?? "");
        }}
        onPick={(option) => {
          remember(option);
          setText(option.value ? optionText(option) : "");
          choose(option.value);
        }}
      />
      <input type="hidden" name={name} value={value} />
    </>
  );
}

/** A name that may be new (a company): the text itself is posted as `name`; matches only suggest. */
export function SuggestField({ name, defaultValue = "", ...base }: BaseProps & { name: string; defaultValue?: string }) {
  const [text, setText] = useState(defaultValue);
  return <SearchBox {...base} inputName={name} text={text} onTextChange={setText} onPick={(option) => setText(option.value)} />;
}

type MultiPickerProps = BaseProps & {
  name: string;
  defaultOptions?: PickOption[];
  onChange?: (chosen: PickOption[]) => void;
  /** "Add … as a new person": called with the typed name. */
  onCreate?: (name: string) => void;
  createLabel?: (name: string) => string;
};

const CREATE_PREFIX = "new:";

/** Pick several records (interviewers): each chosen one is a removable chip and a hidden `name` input. */
export function MultiPicker({ name, defaultOptions = [], onChange, onCreate, createLabel = (typed) => `Add “${typed}” as a new person`, ...base }: MultiPickerProps) {
  const [chosen, setChosen] = useState<PickOption[]>(() => defaultOptions.map((option) => knownLabels.get(option.value) ?? option));
  const [text, setText] = useState("");
  const listId = useId();
  const update = (next: PickOption[]) => {
    setChosen(next);
    onChange?.(next);
  };
  return (
    <>
      <SearchBox
        {...base}
        text={text}
        onTextChange={setText}
        exclude={chosen.map((option) => option.value)}
        trailing={(query) => (onCreate && query ? [{ value: `${CREATE_PREFIX}${query}`, label: createLabel(query) }] : [])}
        onPick={(option) => {
          setText("");
          if (option.value.startsWith(CREATE_PREFIX)) {
            onCreate?.(option.value.slice(CREATE_PREFIX.length));
            return;
          }
          remember(option);
          update([...chosen, option]);
        }}
        onKeyDown={(event) => {
          // Backspace in an empty box takes the last chip off, as in most tag inputs.
          if (event.key === "Backspace" && !text && chosen.length) update(chosen.slice(0, -1));
        }}
        chosen={
          chosen.length ? (
            <ul id={listId} aria-label={`Chosen ${base.label.toLowerCase()}`} className="flex flex-wrap gap-2">
              {chosen.map((option) => (
                <li key={option.value} className="flex items-center gap-1 rounded-full bg-slate-100 py-0.5 pr-1 pl-3 text-sm dark:bg-slate-800">
                  {option.label}
                  <button
                    type="button"
                    aria-label={`Remove ${option.label}`}
                    onClick={() => update(chosen.filter((other) => other.value !== option.value))}
                    className="rounded-full px-1.5 text-slate-500 hover:bg-slate-200 hover:text-slate-900 dark:hover:bg-slate-700 dark:hover:text-white"
                  >
                    ✕
                  </button>
                  <input type="hidden" name={name} value={option.value} />
                </li>
              ))}
            </ul>
          ) : null
        }
      />
    </>
  );
}
