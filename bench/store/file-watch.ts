// What a write did to disk: whether a file was replaced or touched (inode, size, mtime), and how many bytes this process wrote.
import { readFileSync, statSync } from 'node:fs';

export interface FileIdentity {
  readonly ino: number;
  readonly size: number;
  readonly mtimeNs: bigint;
}

export function identify(path: string): FileIdentity {
  const stats = statSync(path, { bigint: true });
  return { ino: Number(stats.ino), size: Number(stats.size), mtimeNs: stats.mtimeNs };
}

export const sameFile = (a: FileIdentity, b: FileIdentity): boolean => a.ino === b.ino && a.size === b.size && a.mtimeNs === b.mtimeNs;

/**
 * Bytes this process has handed to write(2) so far (`wchar` in /proc/self/io), or null where there is no such file.
 * Everything written counts, so the caller keeps the process quiet while it measures.
 */
export function bytesWrittenSoFar(): number | null {
  try {
    const line = readFileSync('/proc/self/io', 'utf8').split('\n').find((entry) => entry.startsWith('wchar:'));
    return line ? Number(line.slice('wchar:'.length)) : null;
  } catch {
    return null;
  }
}
