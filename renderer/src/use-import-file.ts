// Import…, File › Import… and a dropped file all end the same way: the preview of what the file holds, or its problems,
// in the import dialog, where they stay until the person closes it or picks another file.
import { useRef } from 'react';
import type { FileProblem } from '../../shared/app-error';
import type { ImportPreview } from '../../shared/transfer';
import { errorMessage, IpcError } from './ipc-client';
import { useImportDroppedFile, useStartImport } from './queries';

/** What the import dialog shows: a file ready to import, or why one could not be read (`attempt` tells two apart). */
export type ImportView =
  | { readonly kind: 'preview'; readonly preview: ImportPreview }
  | { readonly kind: 'problems'; readonly attempt: number; readonly message: string; readonly problems: readonly FileProblem[] };

export interface ImportFile {
  /** Main shows the open dialog; a cancel changes nothing. */
  readonly chooseFile: () => void;
  readonly importDropped: (file: File) => void;
  readonly pending: boolean;
}

export function useImportFile(show: (view: ImportView) => void): ImportFile {
  const startImport = useStartImport();
  const importDropped = useImportDroppedFile();
  const attempts = useRef(0);
  const showProblems = (error: Error): void => {
    attempts.current += 1;
    show({ kind: 'problems', attempt: attempts.current, message: errorMessage(error), problems: error instanceof IpcError ? error.problems : [] });
  };
  return {
    chooseFile: () =>
      startImport.mutate(undefined, {
        onSuccess: (preview) => preview && show({ kind: 'preview', preview }),
        onError: showProblems,
      }),
    importDropped: (file) => importDropped.mutate(file, { onSuccess: (preview) => show({ kind: 'preview', preview }), onError: showProblems }),
    pending: startImport.isPending || importDropped.isPending,
  };
}
