import Papa from "papaparse";

export type DecodedText = { text: string; encoding: "utf-8" | "utf-16le" | "utf-16be" | "windows-1252" };

/**
 * A file's bytes → text. UTF-8 (with or without BOM) and UTF-16 with a BOM are read as such;
 * anything that is not valid UTF-8 is read as Windows-1252, which is what Excel on Windows saves
 * as "CSV", and the caller says so to the user.
 */
export function decodeCsvBytes(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder("utf-16le").decode(bytes), encoding: "utf-16le" };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder("utf-16be").decode(bytes), encoding: "utf-16be" };
  try {
    // TextDecoder drops a leading UTF-8 BOM by itself.
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    return { text: new TextDecoder("windows-1252").decode(bytes), encoding: "windows-1252" };
  }
}

export type ParsedCsv = {
  rows: string[][];
  /** Problems that make rows unreliable (an unclosed quote), with their 1-based row number. */
  errors: { row: number; message: string }[];
};

/**
 * RFC 4180 text → rows of cells, the delimiter (, ; or tab) detected. Blank rows are kept (see
 * isBlankRow) so that rows[i] is row i + 1 of the spreadsheet, the number a user can look up.
 */
export function parseCsv(text: string): ParsedCsv {
  const body = text.replace(/^\uFEFF/, "").replace(/(\r\n|\n|\r)$/, "");
  // Detected on the first non-blank rows: blank ones would make every guess look inconsistent.
  const { delimiter } = Papa.parse(body, { preview: 10, skipEmptyLines: "greedy", delimitersToGuess: [",", ";", "\t"] }).meta;
  const result = Papa.parse<string[]>(body, { header: false, skipEmptyLines: false, delimiter });
  const errors = result.errors
    // A one-column file gives Papa nothing to detect a delimiter from; that is not an error.
    .filter((error) => error.code !== "UndetectableDelimiter")
    .map((error) => ({ row: (error.row ?? 0) + 1, message: describeParseError(error) }));
  return { rows: result.data, errors };
}

export const isBlankRow = (cells: readonly string[]) => cells.every((cell) => !cell.trim());

function describeParseError(error: Papa.ParseError): string {
  switch (error.code) {
    case "MissingQuotes":
      return "A quoted cell is never closed (a \" is missing)";
    case "InvalidQuotes":
      return "A cell has a stray quote character";
    case "TooFewFields":
    case "TooManyFields":
      return "This row has a different number of cells than the header";
    default:
      return error.message;
  }
}
