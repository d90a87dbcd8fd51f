// A folded part of a form: a button that says whether it is open (aria-expanded), and the part it opens. The fields are
// in the DOM only while it is open; the form opens it itself when one of them needs fixing.
import type { ReactNode } from 'react';

interface FormDisclosureProps {
  /** The id of the part, which the button controls. */
  readonly id: string;
  readonly label: string;
  readonly open: boolean;
  readonly onToggle: (open: boolean) => void;
  readonly children: ReactNode;
}

export function FormDisclosure({ id, label, open, onToggle, children }: FormDisclosureProps) {
  return (
    <div className="form-disclosure">
      {/* data-form-action: leaving a field for it checks nothing, so no message shifts it from under the pointer mid-click. */}
      <button type="button" className="disclosure" data-form-action aria-expanded={open} aria-controls={id} onClick={() => onToggle(!open)}>
        {label}
      </button>
      <div id={id} className="form-disclosure-body" hidden={!open}>
        {open && children}
      </div>
    </div>
  );
}
