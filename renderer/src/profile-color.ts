// A profile's colour in words, for labels and screen readers; the shades themselves live in styles/profile-colors.css.
import type { ProfileColor } from '../../shared/profile';

export function colorLabel(color: ProfileColor | null): string {
  return color === null ? 'None' : color[0]!.toUpperCase() + color.slice(1);
}
