// The product's name: a brand, the same in every language (never translated).
export const productName = 'Parley';

/** A window title: what the window shows, then the product ("Team sync — Parley"). */
export function windowTitle(subject?: string | null): string {
  const trimmed = subject?.trim();
  return trimmed ? `${trimmed} — ${productName}` : productName;
}
