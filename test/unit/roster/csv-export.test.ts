import Papa from 'papaparse';
import { createIntl } from '@formatjs/intl';
import { describe, expect, it } from 'vitest';
import {
  neutraliseFormula,
  respondentExportRows,
  restoreNeutralised,
  toCsvText,
} from '../../../common/roster/csv-export';
import {
  applyMapping,
  columnLabels,
  headerSignature,
  mappingProblems,
  suggestMapping,
} from '../../../common/roster/column-mapping';

/** The source language, as main and the tests speak it. */
const english = createIntl({ locale: 'en', messages: {}, onError: () => undefined });

describe('CSV export', () => {
  it('neutralises cells a spreadsheet would run as formulas', () => {
    for (const cell of ['=SUM(A1)', '+254700', '-1', '@cmd', '\tx', '\rx'])
      expect(neutraliseFormula(cell)).toBe(`'${cell}`);
    for (const cell of ['amina', '', '0700', "'quoted"]) expect(neutraliseFormula(cell)).toBe(cell);
  });

  it('round-trips through papaparse, including commas, quotes and line breaks', () => {
    const rows = respondentExportRows(
      [{ username: 'a', phonenumber: '+2547', email: 'a@b.co', sampleFields: { site: 'x, "y"\nz' } }],
      ['site', 'age'],
    );
    const text = toCsvText(rows);
    const parsed = Papa.parse<string[]>(text.trimEnd()).data;
    expect(parsed).toEqual([
      ['username', 'phonenumber', 'email', 'site', 'age'],
      ['a', "'+2547", 'a@b.co', 'x, "y"\nz', ''],
    ]);
    // Re-importing an exported file gives the original phone number back.
    expect(restoreNeutralised("'+2547")).toBe('+2547');
    expect(restoreNeutralised("'hello")).toBe("'hello");
  });
});

describe('column mapping', () => {
  const sampleFields = [{ alias: 'age', type: 'integer' as const, required: false }];
  it('suggests targets from header names and uses each target once', () => {
    expect(suggestMapping(['User name', 'Mobile', 'E-Mail', 'AGE', 'phone', 'notes'], sampleFields).targets).toEqual([
      'username',
      'phonenumber',
      'email',
      'sample:age',
      'ignore',
      'ignore',
    ]);
  });
  it('has a signature per layout that ignores case and spaces around headers', () => {
    expect(headerSignature([' Username', 'PHONE'])).toBe(headerSignature(['username ', 'phone']));
    expect(headerSignature(['username', 'phone'])).not.toBe(headerSignature(['phone', 'username']));
  });
  it('names duplicate and blank headers by position', () => {
    expect(columnLabels(english, ['phone', 'x', 'Phone', ''])).toEqual([
      'phone (column 1)',
      'x',
      'Phone (column 3)',
      'column 4',
    ]);
  });
  it('reports mapping problems in plain words', () => {
    expect(mappingProblems(english, { targets: ['ignore', 'ignore'] }, ['a', 'b'])).toEqual([
      'Choose the column that holds the username.',
      'Choose a column for the phone number or the e-mail address.',
    ]);
    expect(mappingProblems(english, { targets: ['username', 'email', 'email'] }, ['u', 'e', 'e'])[0]).toBe(
      'Columns e (column 2) and e (column 3) both feed E-mail; keep one.',
    );
  });
  it('applies a mapping by position, trimming, with missing cells empty', () => {
    expect(applyMapping({ targets: ['username', 'ignore', 'sample:age', 'email'] }, [' a ', 'x', '3'])).toEqual({
      username: 'a',
      phonenumber: '',
      email: '',
      sampleFields: { age: '3' },
    });
  });
});
