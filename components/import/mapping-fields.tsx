"use client";

import { SelectField } from "@/components/ui/field";
import { IMPORT_FIELDS, type ColumnMapping } from "@/lib/import/fields";
import type { ImportKind } from "@/lib/import/fields";

const NOT_IMPORTED = "";

/** "A", "B", … "AA": how spreadsheets name columns. */
export function columnLetter(index: number): string {
  let name = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

export function MappingFields({
  kind,
  headers,
  mapping,
  disabled,
  onChange,
}: {
  kind: ImportKind;
  headers: readonly string[];
  mapping: ColumnMapping;
  disabled?: boolean;
  onChange: (mapping: ColumnMapping) => void;
}) {
  const options = [
    { value: NOT_IMPORTED, label: "— Not imported —" },
    ...headers.map((header, index) => ({ value: String(index), label: `${columnLetter(index)}: ${header || "(no header)"}` })),
  ];
  return (
    <fieldset className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3" disabled={disabled}>
      <legend className="sr-only">Which column holds each field</legend>
      {IMPORT_FIELDS[kind].map((field) => (
        <SelectField
          key={field.key}
          id={`map-${field.key}`}
          name={`map-${field.key}`}
          label={field.label}
          value={mapping[field.key] === null || mapping[field.key] === undefined ? NOT_IMPORTED : String(mapping[field.key])}
          onChange={(event) => onChange({ ...mapping, [field.key]: event.target.value === NOT_IMPORTED ? null : Number(event.target.value) })}
          options={options}
        />
      ))}
    </fieldset>
  );
}
