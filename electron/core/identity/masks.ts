/** Masked forms for screens, lists and receipts (product.md, Privacy). The ID number's is in resident-id.ts. */

/** 138****5678 */
export function maskMobile(mobile: string): string {
  return mobile.length === 11 ? `${mobile.slice(0, 3)}****${mobile.slice(-4)}` : '*'.repeat(mobile.length);
}

/** 王*英, 张*: the family name and, for longer names, the last character. */
export function maskName(name: string): string {
  const characters = [...name];
  if (characters.length <= 1) return '*';
  if (characters.length === 2) return `${characters[0]}*`;
  return `${characters[0]}${'*'.repeat(characters.length - 2)}${characters.at(-1)}`;
}

/** ****1234: only the last four digits of an account. */
export function maskAccount(account: string): string {
  return `****${account.slice(-4)}`;
}
