import { describe, expect, it } from 'vitest';
import { describeQuestionProError } from '../../../common/errors/questionpro-catalogue';
import { actionOnAccountCard } from '../../../renderer/src/settings/action-here';

describe('actions shown on an account card (issue 14 item 5)', () => {
  it('never send the user to the page they are on', () => {
    const cases: Array<[string, string]> = [
      [
        'Check the API key in Settings → Accounts. Make sure the datacenter matches the one the key was issued on.',
        'Check the API key of this account. Make sure the datacenter matches the one the key was issued on.',
      ],
      [
        'Check the QMob user name and password in Settings → Accounts.',
        'Check the QMob user name and password of this account.',
      ],
      [
        'Open Settings → Accounts and add the account or its credentials again.',
        'Add the account or its credentials again.',
      ],
      ['Check the account details in Settings → Accounts.', 'Check this account’s details.'],
      [
        'Ask your administrator for access, or check the account in Settings → Accounts.',
        'Ask your administrator for access, or check this account.',
      ],
      [
        'Check the proxy in Settings → Network (or HTTPS_PROXY).',
        'Check the proxy in Settings → Network (or HTTPS_PROXY).',
      ],
    ];
    for (const [action, onCard] of cases) expect(actionOnAccountCard(action)).toBe(onCard);
  });

  it('covers the catalogue’s wrong-key action', () => {
    const wrongKey = describeQuestionProError({ httpStatus: 401, id: '1010' });
    expect(wrongKey.action).toContain('Settings → Accounts');
    expect(actionOnAccountCard(wrongKey.action)).not.toContain('Settings → Accounts');
  });
});
