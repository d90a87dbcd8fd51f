// The "Token claims" section: the held token's JWT header and claims as main decoded them; never the token itself.
import { useQuery } from '@tanstack/react-query';
import type { ClaimRow } from '../claims-view';
import { claimRows, headerRows } from '../claims-view';
import { errorMessage } from '../ipc-client';
import { tokenDetailsQuery } from '../queries';

function ClaimList({ title, rows }: { readonly title: string; readonly rows: readonly ClaimRow[] }) {
  if (rows.length === 0) return null;
  return (
    <div className="claims-group">
      <h4 className="claims-group-title">{title}</h4>
      <dl className="claims">
        {rows.map((row) => (
          <div key={row.key} data-claim={row.key}>
            <dt>
              {row.label && <span className="claim-label">{row.label}</span>} <code className="claim-key">{row.key}</code>
            </dt>
            <dd>
              {row.value}
              {row.raw && <span className="muted mono"> {row.raw}</span>}
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}

function ClaimsBody({ profileId }: { readonly profileId: string }) {
  const { data: details, error, isPending } = useQuery(tokenDetailsQuery(profileId));
  if (isPending) return <p className="muted">Reading the token…</p>;
  if (details === undefined) return <p className="details-note details-note-danger">{errorMessage(error)}</p>;
  if (details === null) return <p className="muted">No token held yet. Use Get token.</p>;
  if (!details.isJwt) return <p className="muted">This token is not a JWT, so it carries no claims to show.</p>;
  return (
    <>
      <ClaimList title="Header" rows={headerRows(details)} />
      <ClaimList title="Claims" rows={claimRows(details)} />
    </>
  );
}

export function TokenClaims({ profileId }: { readonly profileId: string }) {
  return (
    <section className="details-section" aria-labelledby="details-claims-title">
      <h3 id="details-claims-title" className="details-section-title">
        Token claims
      </h3>
      <ClaimsBody profileId={profileId} />
    </section>
  );
}
