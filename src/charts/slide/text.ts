// Text measuring for slide charts, which place every word themselves (graphic elements): a name
// that does not fit its column is cut with …, never drawn into the bars or off the chart.
import { textWidth } from '../bulletLayout';

export { textWidth };

/** `text` cut to at most `max` px at `size` px, with … when cut; '' when not even … fits. */
export function fitText(text: string, max: number, size: number): string {
  if (textWidth(text, size) <= max) return text;
  const chars = [...text];
  while (chars.length && textWidth(chars.join('') + '…', size) > max) chars.pop();
  return chars.length ? chars.join('') + '…' : '';
}
