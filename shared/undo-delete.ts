// How long a deleted profile waits for Undo before it is purged: main keeps to it, the renderer tells the person.
// A plain value in its own file, so the board's first chunk can say it without loading the profile schemas.
export const UNDO_DELETE_MS = 10_000;
