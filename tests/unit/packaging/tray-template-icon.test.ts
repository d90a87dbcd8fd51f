// macOS's menu-bar icon: a template image must be black with alpha only, or macOS draws any colour as a grey smudge
// and cannot recolour it for a dark menu bar or the highlighted state.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPngPixels } from '../../fixtures/png-pixels';

const BUILD_DIR = resolve(import.meta.dirname, '../../../build');

describe.each([
  { file: 'trayTemplate.png', size: 18 },
  { file: 'trayTemplate@2x.png', size: 36 },
])('build/$file', ({ file, size }) => {
  const { width, height, rgba } = readPngPixels(resolve(BUILD_DIR, file));
  const pixels = Array.from({ length: width * height }, (_, index) => rgba.subarray(index * 4, index * 4 + 4));

  it(`is ${size}×${size} px (18 pt at ${size / 18}x)`, () => {
    expect({ width, height }).toEqual({ width: size, height: size });
  });

  it('is black wherever it is not transparent', () => {
    const coloured = pixels.filter(([red, green, blue, alpha]) => alpha! > 0 && (red !== 0 || green !== 0 || blue !== 0));
    expect(coloured).toHaveLength(0);
  });

  it('draws a shape: solid in places, transparent around it, and not a filled square', () => {
    const opaque = pixels.filter(([, , , alpha]) => alpha === 255).length;
    const clear = pixels.filter(([, , , alpha]) => alpha === 0).length;
    expect(opaque).toBeGreaterThan(pixels.length * 0.04);
    expect(clear).toBeGreaterThan(pixels.length * 0.3);
    // The corners are outside the ring.
    for (const corner of [0, width - 1, (height - 1) * width, height * width - 1]) expect(pixels[corner]![3]).toBe(0);
  });
});
