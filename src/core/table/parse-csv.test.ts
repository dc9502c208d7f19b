import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../render/csv.js';
import { checkHeaders } from './check-headers.js';
import { decodeText } from './decode.js';
import { detectDelimiter } from './delimiter.js';
import { parseCsvTable } from './parse-csv.js';
import { TableError, columnLetter, type Delimiter } from './types.js';

/** Windows-1250 bytes of a text, for the Polish letters and ASCII used in these tests. */
function cp1250(text: string): Uint8Array {
  const special: Record<string, number> = { ą: 0xb9, ć: 0xe6, ę: 0xea, ł: 0xb3, ń: 0xf1, ó: 0xf3, ś: 0x9c, ź: 0x9f, ż: 0xbf, Ą: 0xa5, Ć: 0xc6, Ę: 0xca, Ł: 0xa3, Ń: 0xd1, Ó: 0xd3, Ś: 0x8c, Ź: 0x8f, Ż: 0xaf, '„': 0x84, '”': 0x94 };
  return Uint8Array.from([...text].map((c) => special[c] ?? c.charCodeAt(0)));
}
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const errorOf = (run: () => unknown): TableError => {
  try {
    run();
  } catch (error) {
    if (error instanceof TableError) return error;
    throw error;
  }
  throw new Error('no TableError');
};

describe('decodeText', () => {
  it('reads UTF-8 with and without a byte-order mark, and Windows-1250 when the bytes are not UTF-8', () => {
    expect(decodeText(utf8('\uFEFFImię;Dział'))).toEqual({ text: 'Imię;Dział', encoding: 'utf-8' });
    expect(decodeText(utf8('Imię;Dział'))).toEqual({ text: 'Imię;Dział', encoding: 'utf-8' });
    expect(decodeText(cp1250('Imię i nazwisko;Dział;Przełożony;Żółć'))).toEqual({ text: 'Imię i nazwisko;Dział;Przełożony;Żółć', encoding: 'windows-1250' });
    expect(decodeText(Uint8Array.from([0xff, 0xfe, 0x41, 0x00, 0x3b, 0x00, 0x42, 0x00]))).toEqual({ text: 'A;B', encoding: 'utf-16le' });
  });

  it('takes the encoding it is given', () => {
    expect(decodeText(cp1250('Łódź'), 'windows-1250').text).toBe('Łódź');
    expect(decodeText(cp1250('Łódź'), 'utf-8').text).toContain('\uFFFD');
  });
});

describe('detectDelimiter', () => {
  it('picks the separator that splits the header and the rows alike', () => {
    expect(detectDelimiter('id;name;level\n1;Kowalski, Jan;3\n')).toBe(';');
    expect(detectDelimiter('id,name,level\n1,"Kowalski; Jan",3\n')).toBe(',');
    expect(detectDelimiter('id\tname\n1\tJan\n')).toBe('\t');
    expect(detectDelimiter('one column only\nvalue\n')).toBeUndefined();
  });
});

describe('parseCsvTable', () => {
  it('reads a Polish Excel export: Windows-1250, semicolons, quoted fields with separators and line breaks', () => {
    const text = 'Nr;Imię i nazwisko;Uwagi;Negocjacje\r\n101;Anna Kowalska;"Zgłoszenie; drugie\r\nz uzasadnieniem ""pilne""";3\r\n\r\n;;;\r\n102;Jan Nowak;;2\r\n';
    const table = parseCsvTable(cp1250(text));
    expect(table.source).toEqual({ kind: 'csv', encoding: 'windows-1250', delimiter: ';' });
    expect(table.headers).toEqual(['Nr', 'Imię i nazwisko', 'Uwagi', 'Negocjacje']);
    expect(table.rows).toEqual([
      { cells: ['101', 'Anna Kowalska', 'Zgłoszenie; drugie\nz uzasadnieniem "pilne"', '3'], line: 2 },
      { cells: ['102', 'Jan Nowak', '', '2'], line: 6 },
    ]);
  });

  it('takes a given separator, pads short rows and drops trailing empty cells', () => {
    const table = parseCsvTable(utf8('a|b;c\n1;2\n3;4;;\n'), { delimiter: ';' });
    expect(table.headers).toEqual(['a|b', 'c']);
    expect(table.rows.map((r) => r.cells)).toEqual([
      ['1', '2'],
      ['3', '4'],
    ]);
  });

  it('refuses what is not a table, naming the line', () => {
    expect(errorOf(() => parseCsvTable(utf8(' \n\n'))).code).toBe('empty');
    expect(errorOf(() => parseCsvTable(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2, 3]))).code).toBe('not-a-table');
    expect(errorOf(() => parseCsvTable(utf8('just a sentence\nand another\n')))).toMatchObject({ code: 'not-a-table' });
    expect(errorOf(() => parseCsvTable(utf8('a;b\n1;"open\n2;3\n')))).toMatchObject({ code: 'bad-quotes' });
    expect(errorOf(() => parseCsvTable(utf8('a;b\n1;2\n3;4;5\n')))).toMatchObject({ code: 'ragged-row', at: { line: 3, column: 3 } });
  });

  it('reads a list of one column when asked to (mentor add --from), and still refuses one for an export', () => {
    const list = utf8('mentee\nme-01\n"me-02"\n\nme-03\n');
    expect(parseCsvTable(list, { minColumns: 1 })).toMatchObject({ headers: ['mentee'], rows: [{ cells: ['me-01'], line: 2 }, { cells: ['me-02'], line: 3 }, { cells: ['me-03'], line: 5 }] });
    expect(errorOf(() => parseCsvTable(list))).toMatchObject({ code: 'not-a-table', params: { reason: 'no-delimiter' } });
    // A separator found still splits: two columns stay two.
    expect(parseCsvTable(utf8('a;b\n1;2\n'), { minColumns: 1 }).headers).toEqual(['a', 'b']);
  });

  it('reads back any table written by the CSV writer, in every separator and encoding', () => {
    const cell = fc.oneof(fc.string({ maxLength: 12 }).map((s) => s.replace(/\r/g, '')), fc.constantFrom('Łódź', 'a;b', 'x,y', 'line\nbreak', 'say "hi"', ' padded '));
    fc.assert(
      fc.property(fc.constantFrom<Delimiter>(',', ';', '\t'), fc.boolean(), fc.integer({ min: 2, max: 5 }), fc.array(fc.array(cell, { minLength: 5, maxLength: 5 }), { minLength: 1, maxLength: 6 }), (delimiter, bom, width, raw) => {
        const headers = Array.from({ length: width }, (_, i) => `Column ${i + 1}`);
        // The writer guards cells that Excel would run as formulas; those are not what this property is about.
        const rows = raw.map((r) => r.slice(0, width).map((c) => c.replace(/^[=+\-@\t\r]+/, '').replace(/\0/g, ''))).filter((r) => r.some((c) => c.trim() !== ''));
        const text = toCsv([headers, ...rows], { delimiter, bom });
        const table = parseCsvTable(utf8(text), { delimiter });
        expect(table.headers).toEqual(headers);
        expect(table.rows.map((r) => r.cells)).toEqual(rows);
      }),
      { numRuns: 200 },
    );
  });
});

describe('checkHeaders', () => {
  const table = (headers: string[], rows: string[][]) => ({ headers, headerLine: 1, rows: rows.map((cells, i) => ({ cells, line: i + 2 })), source: { kind: 'csv' as const } });
  it('refuses a header written twice or data under no header, and drops empty unnamed columns', () => {
    expect(errorOf(() => checkHeaders(table(['Dział', 'dział '], [])))).toMatchObject({ code: 'bad-header', at: { column: 2 } });
    expect(errorOf(() => checkHeaders(table(['a', ''], [['1', 'x']])))).toMatchObject({ code: 'bad-header', params: { reason: 'empty', dataLine: 2 } });
    expect(checkHeaders(table(['a', '', 'b'], [['1', '', '2']])).rows[0]!.cells).toEqual(['1', '2']);
  });
  it('names columns like a spreadsheet', () => {
    expect([1, 26, 27, 52, 703].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AZ', 'AAA']);
  });
});
