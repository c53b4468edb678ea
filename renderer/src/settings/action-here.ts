/**
 * A catalogue action reworded for the account's own card in Settings → Accounts: telling the
 * user to go to the page they are on is a dead end, so the place becomes "this account".
 */
export function actionOnAccountCard(action: string): string {
  return action
    .replace(/^Open Settings → Accounts and (\p{L})/u, (_, first: string) => first.toUpperCase())
    .replace(/the account details in Settings → Accounts/g, 'this account’s details')
    .replace(/check the account in Settings → Accounts/g, 'check this account')
    .replace(/Check the account in Settings → Accounts/g, 'Check this account')
    .replace(/ in Settings → Accounts/g, ' of this account');
}
