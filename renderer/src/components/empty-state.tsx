// What the list shows before any profile exists: where a Butlr API token comes from, and how to bring in one already kept.
// Nothing about npm: people who installed the app have none (the README tells developers about `npm run demo`).
export function EmptyState() {
  return (
    <section className="empty-state" aria-labelledby="empty-state-title">
      <h2 id="empty-state-title">No profiles yet</h2>
      <p>A profile keeps one Butlr API client on this computer, its secret encrypted, and turns it into a bearer token when you need one.</p>
      <ol>
        <li>
          In the Butlr web app, open <strong>Account Settings → API tokens</strong>.
        </li>
        <li>
          Choose <strong>Create token</strong> and keep the client ID and client secret it shows you.
        </li>
        <li>
          Choose <strong>New profile</strong> above and paste them in.
        </li>
      </ol>
      <p>
        Already have an export from this app, or a <code>.env</code> file with <code>BUTLR_CLIENT_ID</code> and <code>BUTLR_CLIENT_SECRET</code>? Choose <strong>Import…</strong>{' '}
        above.
      </p>
    </section>
  );
}
