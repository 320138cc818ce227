// What can be done to the camera's background: nothing, a slight or strong blur, or a picture behind
// the person (one of the built-in ones or the person's own). The choice is a plain string so it can be
// remembered and configured for a kiosk room as is.
export const builtInBackgroundIds = ['office', 'beach', 'forest'] as const;
export type BuiltInBackgroundId = (typeof builtInBackgroundIds)[number];

export const backgroundEffects = [
  'off',
  'blur-slight',
  'blur-strong',
  ...builtInBackgroundIds.map((id) => `image-${id}` as const),
  'image-own',
] as const;
export type BackgroundEffect = (typeof backgroundEffects)[number];

export const defaultBackgroundEffect: BackgroundEffect = 'off';

export function isBackgroundEffect(value: unknown): value is BackgroundEffect {
  return typeof value === 'string' && (backgroundEffects as readonly string[]).includes(value);
}

/** How the picture is made, as the compositor needs it. */
export type EffectDrawing =
  | { kind: 'none' }
  | { kind: 'blur'; radiusFraction: number }
  | { kind: 'image'; image: BuiltInBackgroundId | 'own' };

/**
 * Blur radii as a fraction of the picture's width, so a slight blur looks the same at 360p and 720p:
 * slight keeps shapes recognisable, strong leaves only colours.
 */
const blurFractions = { 'blur-slight': 0.006, 'blur-strong': 0.02 } as const;

export function drawingOf(effect: BackgroundEffect): EffectDrawing {
  if (effect === 'off') return { kind: 'none' };
  if (effect === 'blur-slight' || effect === 'blur-strong') return { kind: 'blur', radiusFraction: blurFractions[effect] };
  return { kind: 'image', image: effect === 'image-own' ? 'own' : (effect.slice('image-'.length) as BuiltInBackgroundId) };
}
