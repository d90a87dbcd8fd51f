// The details panel's "Scripts" section: the no-asking switch (changed only here, never by butlr-cred) and who may take the token now.
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import type { ProfileView } from '../../../shared/profile';
import { errorMessage } from '../ipc-client';
import { scriptAccessQuery, useRevokeScriptGrant, useSetScriptsWithoutAsking } from '../queries';
import { grantTimeLeft, liveGrantsOf } from '../script-grants-view';
import { useNow } from '../ticker';
import { showToast } from '../toast-store';
import { SwitchField } from './switch-field';

export function ScriptAccessSection({ profile }: { readonly profile: ProfileView }) {
  const { data: access } = useQuery(scriptAccessQuery());
  const setWithoutAsking = useSetScriptsWithoutAsking();
  const revoke = useRevokeScriptGrant();
  const now = useNow();
  const titleId = useId();
  const noteId = useId();
  const grants = liveGrantsOf(access, profile.id, now);
  const stored = access?.withoutAsking.includes(profile.id) ?? false;
  const checked = setWithoutAsking.isPending ? setWithoutAsking.variables.enabled : stored;
  const onError = (error: Error): void => showToast('alert', errorMessage(error));

  return (
    <section className="details-section" aria-labelledby={titleId} data-testid="script-access">
      <h3 id={titleId} className="details-section-title">
        Scripts
      </h3>
      <SwitchField
        label="Let scripts get this token without asking"
        checked={checked}
        disabled={access === undefined || setWithoutAsking.isPending}
        describedBy={noteId}
        onChange={(enabled) => setWithoutAsking.mutate({ id: profile.id, enabled }, { onError })}
      />
      <p id={noteId} className="field-hint">
        {checked
          ? 'Any program running as you can get this profile’s access token with butlr-cred, without a dialog. Every such session is noted in the history.'
          : 'Off: the first time a shell or script asks with butlr-cred, this app asks you first.'}
      </p>
      {grants.length === 0 ? (
        !checked && <p className="details-note">No script may take this token now.</p>
      ) : (
        <ul className="script-grants">
          {grants.map((grant) => (
            <li key={grant.id} className="script-grant" data-testid="script-grant">
              <span>
                <span className="mono">{grant.caller}</span> <span className="muted">· {grantTimeLeft(grant, now)}</span>
              </span>
              <button
                type="button"
                className="button button-quiet-neutral"
                disabled={revoke.isPending && revoke.variables === grant.id}
                onClick={() => revoke.mutate(grant.id, { onError })}
              >
                Revoke<span className="visually-hidden"> access for {grant.caller}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
