import i18n from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { setupI18n } from '../../app/i18n';
import { serverText } from './error-message';

describe('serverText', () => {
  beforeAll(() => {
    setupI18n();
  });

  const pageSize = {
    message: 'Vraag tussen 1 en 100 rijen per pagina op.',
    extensions: { reason: 'page.size', params: { max: 100 } },
  };

  it("says the server's reason in the reader's language, with its parameters", async () => {
    await i18n.changeLanguage('en');
    expect(serverText(pageSize)).toBe('Ask for between 1 and 100 rows per page.');
    await i18n.changeLanguage('nl');
    expect(serverText(pageSize)).toBe('Vraag tussen 1 en 100 rijen per pagina op.');
  });

  it("falls back to the server's message for a reason it does not know", async () => {
    await i18n.changeLanguage('en');
    expect(serverText({ message: 'Iets nieuws.', extensions: { reason: 'future.thing' } })).toBe('Iets nieuws.');
    expect(serverText({ message: 'Zonder reden.' })).toBe('Zonder reden.');
  });

  it('takes parameters as GraphQL lists them, name and value', async () => {
    await i18n.changeLanguage('en');
    const row = { message: 'NL', extensions: { reason: 'page.size', params: [{ name: 'max', value: '7' }] } };
    expect(serverText(row)).toBe('Ask for between 1 and 7 rows per page.');
  });

  it('finds a text that exists only in variants: by context, and by the plural of count', async () => {
    await i18n.changeLanguage('en');
    const header = {
      message: 'NL',
      extensions: {
        reason: 'attendance.row.header',
        params: [
          { name: 'context', value: 'missing' },
          { name: 'missing', value: 'datum' },
          { name: 'expected', value: 'a,b' },
        ],
      },
    };
    expect(serverText(header)).toBe('The header line is wrong (missing columns: datum). Expected: a,b');
    const fields = (count: string) => ({
      message: 'NL',
      extensions: {
        reason: 'attendance.row.fieldCount',
        params: [
          { name: 'count', value: count },
          { name: 'header', value: '8' },
          { name: 'delimiter', value: ';' },
        ],
      },
    });
    expect(serverText(fields('7'))).not.toBe('NL');
    expect(serverText(fields('1'))).not.toBe(serverText(fields('7')).replace('7', '1'));
  });
});
