// Ducking mix names: up to three dots separate parent mixes ("main.french" inherits "main"); an
// empty part is invalid, and "main" may only be the first part.

const MAX_LEVELS = 3;

export function isValidMixName(name: string): boolean {
  if (name === '') return false;
  const parts = name.split('.');
  const levels = [...parts.slice(0, MAX_LEVELS), ...(parts.length > MAX_LEVELS ? [parts.slice(MAX_LEVELS).join('.')] : [])];
  if (levels.some((part) => part === '')) return false;
  return !levels.slice(1).includes('main');
}
