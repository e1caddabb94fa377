"use client";

// Searchable pickers for contacts, companies and applications (ADR 0014): a text box that asks
// /api/pick/{source} as you type and lists at most a few matches, so a form page never carries
// every contact. The form still posts the same field names (hidden inputs), so the server
// actions and their zod schemas do not change.
import { type ComponentProps, type KeyboardEvent, type ReactNode, useCallback, useEffect, useId, useRef, useState } from "react";
import { Command, CommandEmpty, CommandItem, CommandList, CommandLoading, useActiveItemId } from "./command";
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

/**
 * The text box, inside cmdk's root so that ↑/↓/Home/End move through the list and Enter picks;
 * a plain input (not cmdk's) so that it keeps the field's id, label and a true aria-expanded.
 */
function ComboboxInput({ open, listId, ...props }: ComponentProps<"input"> & { open: boolean; listId: string }) {
  const activeId = useActiveItemId();
  return (
    <input
      {...props}
      type="text"
      role="combobox"
      autoComplete="off"
      aria-autocomplete="list"
      aria-expanded={open}
      aria-controls={open && listId ? listId : undefined}
      aria-activedescendant={open ? activeId : undefined}
      className={inputClasses}
    />
  );
}

/** The shared part: a labelled combobox input with a popover list of matches. */
function SearchBox({ id, label, source, errors, hint, placeholder, text, onTextChange, leading = [], trailing, exclude = [], onPick, onKeyDown, inputName, chosen }: SearchBoxProps) {
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState("");
  const anchor = useRef<HTMLDivElement>(null);
  // cmdk names its listbox itself; the input's aria-controls reads that id once the list is there.
  const [listId, setListId] = useState("");
  // A stable ref callback: an inline one would run (and set state) on every render.
  const listRef = useCallback((node: HTMLDivElement | null) => setListId(node?.id ?? ""), []);
  // The highlighted option (cmdk's value): the first match until the arrow keys move it.
  const [active, setActive] = useState("");
  const { options, loading } = usePickOptions(source, query, open);
  const shown = [...(query ? [] : leading), ...options.filter((option) => !exclude.includes(option.value)), ...(trailing?.(query) ?? [])];
  const activeValue = shown.some((option) => option.value === active) ? active : (shown[0]?.value ?? "");
  const describedBy = errors?.length ? `${id}-error` : hint ? `${id}-hint` : undefined;

  function pick(option: PickOption) {
    onPick(option);
    setQuery("");
    setOpen(false);
  }

  return (
    <FieldShell id={id} label={label} errors={errors} hint={hint}>
      {chosen}
      <Popover open={open} onOpenChange={setOpen}>
        {/* Filtering is the server's; cmdk keeps the keyboard. */}
        <Command shouldFilter={false} loop value={activeValue} onValueChange={setActive}>
          <PopoverAnchor asChild>
            <div ref={anchor}>
              <ComboboxInput
                id={id}
                name={inputName}
                value={text}
                placeholder={placeholder}
                open={open}
                listId={listId}
                aria-invalid={errors?.length ? true : undefined}
                aria-describedby={describedBy}
                onChange={(event) => {
                  onTextChange(event.target.value);
                  setQuery(event.target.value.trim());
                  setOpen(true);
                }}
                onClick={() => setOpen(true)}
                onKeyDown={(event) => {
                  onKeyDown?.(event);
                  if (open) return;
                  if (event.key === "ArrowDown" || event.key === "ArrowUp") setOpen(true);
                  // Closed, Enter belongs to the form and the arrows only open the list (cmdk would take them).
                  if (event.key === "Enter" || event.key === "ArrowDown" || event.key === "ArrowUp") event.stopPropagation();
                }}
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
            <CommandList ref={listRef} label={label}>
              {loading && !shown.length ? <CommandLoading>Searching…</CommandLoading> : null}
              {!loading ? <CommandEmpty>{query ? `No match for “${query}”` : "Nothing to choose yet"}</CommandEmpty> : null}
              {shown.map((option) => (
                <CommandItem key={option.value} value={option.value} onSelect={() => pick(option)}>
                  {option.label}
                  {option.detail ? <span className="text-slate-500 dark:text-slate-400"> ({option.detail})</span> : null}
                </CommandItem>
              ))}
            </CommandList>
          </PopoverContent>
        </Command>
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
