// The new-profile form's way to another kind of credentials: "Use a username and password instead", and back. What the
// chosen kind warns about (the password grant's caution) is said here, once it is chosen, not before the first field.
import { useId } from 'react';
import { credentialKindList, factsOf } from '../../../shared/credentials/credential-kinds';
import type { ProfileKind } from '../profile-form';

interface KindSwitchProps {
  readonly kind: ProfileKind;
  readonly onSwitch: (kind: ProfileKind) => void;
}

export function KindSwitch({ kind, onSwitch }: KindSwitchProps) {
  const cautionId = useId();
  const { caution } = factsOf(kind);
  return (
    <div className="kind-switch">
      {caution && (
        <p id={cautionId} className="form-warning" data-testid="kind-caution">
          {caution}
        </p>
      )}
      {credentialKindList
        .filter((facts) => facts.kind !== kind)
        .map((facts) => (
          <button key={facts.kind} type="button" className="link-button" data-form-action aria-describedby={caution ? cautionId : undefined} onClick={() => onSwitch(facts.kind)}>
            {facts.switchLabel}
          </button>
        ))}
    </div>
  );
}
