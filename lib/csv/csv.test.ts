import fc from "fast-check";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { neutraliseFormula, restoreNeutralised } from "./formula";
import { decodeCsvBytes, isBlankRow, parseCsv } from "./read-csv";
import { UTF8_BOM, writeCsv } from "./write-csv";

type Row = { name: string; count?: number };
const columns = [
  { header: "Name", value: (row: Row) => row.name },
  { header: "Count", value: (row: Row) => row.count },
];

describe("writeCsv", () => {
  it("starts with a UTF-8 BOM, ends lines with CRLF and quotes only where RFC 4180 needs it", () => {
    const csv = writeCsv(columns, [
      { name: "plain", count: 1 },
      { name: 'say "hi", twice', count: 2 },
      { name: "two\nlines" },
    ]);
    expect(csv.startsWith(UTF8_BOM)).toBe(true);
    expect(csv.slice(1)).toBe('Name,Count\r\nplain,1\r\n"say ""hi"", twice",2\r\n"two\nlines",\r\n');
  });

  it.each(["=HYPERLINK(\"http://evil\")", "+1+1", "-2+3", "@SUM(A1)", "\tTAB", "\rCR", "=1\n=2"])(
    "neutralises the formula %j",
    (formula) => {
      const [, row] = parseCsv(writeCsv(columns, [{ name: formula }])).rows;
      expect(row![0]).toBe(`'${formula}`);
    },
  );

  it("leaves numbers, including negative ones, as numbers", () => {
    const csv = writeCsv([{ header: "n", value: (n: number) => n }], [-5, 3]);
    expect(csv.slice(1)).toBe("n\r\n-5\r\n3\r\n");
  });

  it("round-trips any text through parseCsv and restoreNeutralised", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: "grapheme", maxLength: 30 }), { minLength: 1, maxLength: 5 }), (cells) => {
        const rows = cells.map((name) => ({ name, count: 1 }));
        const parsed = parseCsv(writeCsv(columns, rows));
        expect(parsed.errors).toEqual([]);
        expect(parsed.rows.slice(1).map((row) => restoreNeutralised(row[0]!))).toEqual(cells);
        for (const row of parsed.rows.slice(1)) expect(row[0]).not.toMatch(/^[=+\-@\t\r]/);
      }),
    );
  });

  it("is read back by an RFC 4180 parser as the same cells", () => {
    const csv = writeCsv(columns, [{ name: "a,b", count: 3 }, { name: "é 日本 🌉", count: 4 }]);
    expect(Papa.parse(csv.slice(1), { skipEmptyLines: true }).data).toEqual([
      ["Name", "Count"],
      ["a,b", "3"],
      ["é 日本 🌉", "4"],
    ]);
  });
});

describe("neutraliseFormula / restoreNeutralised", () => {
  it("only touches cells that start with a trigger", () => {
    expect(neutraliseFormula("Acme")).toBe("Acme");
    expect(neutraliseFormula("a=b")).toBe("a=b");
    expect(neutraliseFormula("=b")).toBe("'=b");
    expect(restoreNeutralised("'=b")).toBe("=b");
    expect(restoreNeutralised("'quoted'")).toBe("'quoted'");
  });
});

describe("decodeCsvBytes", () => {
  it("reads UTF-8 with and without BOM", () => {
    const bytes = new TextEncoder().encode("Name\nChloé");
    expect(decodeCsvBytes(bytes)).toEqual({ text: "Name\nChloé", encoding: "utf-8" });
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]);
    expect(decodeCsvBytes(withBom).text).toBe("Name\nChloé");
  });

  it("falls back to Windows-1252 for bytes that are not UTF-8", () => {
    const latin = new Uint8Array([0x43, 0x68, 0x6c, 0x6f, 0xe9]); // "Chloé" in Windows-1252
    expect(decodeCsvBytes(latin)).toEqual({ text: "Chloé", encoding: "windows-1252" });
  });

  it("reads UTF-16 with a BOM", () => {
    const utf16 = new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x2c, 0x00, 0x42, 0x00]);
    expect(decodeCsvBytes(utf16)).toEqual({ text: "A,B", encoding: "utf-16le" });
  });
});

describe("parseCsv", () => {
  it("keeps blank rows so that row numbers match the spreadsheet, drops a BOM and detects semicolons", () => {
    const { rows } = parseCsv("\uFEFFa;b\r\n\r\n1;2\r\n");
    expect(rows).toEqual([["a", "b"], [""], ["1", "2"]]);
    expect(rows.map(isBlankRow)).toEqual([false, true, false]);
  });

  it("reports an unclosed quote with its row", () => {
    const parsed = parseCsv('a,b\n1,"never closed\n');
    expect(parsed.errors[0]).toMatchObject({ message: expect.stringMatching(/never closed/) });
  });
});
