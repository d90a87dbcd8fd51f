// What every credential kind says about itself: one module per kind fills this in (client-credentials.ts, password.ts).
// No zod here: the board's first paint reads labels and principals from it (see credential-schemas.ts for the schemas).

/** One credential input of a kind, and the words for it. */
export interface CredentialField<Key extends string> {
  readonly key: Key;
  /** As a form label and beside the value in a row: "Client ID". */
  readonly label: string;
  /** Inside a sentence: "client ID". */
  readonly name: string;
  /** Under the form field. */
  readonly hint?: string;
  /** The form keeps it under Advanced, after the secret. */
  readonly advanced?: boolean;
  /** Says where the secret goes, like the base URL: a change without a new secret clears the saved secret. */
  readonly server?: boolean;
  /** What a new profile's form starts with; otherwise empty. */
  readonly initial?: string;
  /**
   * Made by Butlr and copied, never typed by a person (a client ID, a client secret): spaces, line breaks and quotes around
   * a pasted value are not part of it, so the form takes them off (and says so).
   */
  readonly machineMade?: boolean;
}

export interface CredentialKindFacts<K extends string = string, F extends string = string, S extends string = string> {
  readonly kind: K;
  /** How the import preview names the kind. */
  readonly label: string;
  /** The new-profile form's button that switches to this kind (a new profile starts as the first kind in the table). */
  readonly switchLabel: string;
  /** As in "A client-credentials profile has no username." */
  readonly adjective: string;
  /** The new-profile form's first line for this kind: what to fill it with ("Paste the details of a Butlr API token."). */
  readonly formIntro: string;
  /** What the new-profile form says about this kind once it is chosen instead of the first; null: nothing. */
  readonly caution: string | null;
  /**
   * The inputs besides the secret, in stored order. Together with the base URL they are the sign-in identity a saved
   * secret and a held token are sealed with, and they are what profiles.json, the export file and the view carry.
   */
  readonly fields: readonly CredentialField<F>[];
  /** Who signs in: the row, search and the import preview show it. */
  readonly principal: NoInfer<F>;
  readonly secret: CredentialField<S> & {
    /** The secret in a short sentence, where the kind is plain: "secret" or "password". */
    readonly word: string;
  };
  /** What to check when the server rejects these credentials: "the client ID and secret". */
  readonly rejectedHint: string;
}

/** Keeps a kind's literal names (its kind and its keys), so the types of profiles, views and grants follow from the table. */
export function defineCredentialKind<const K extends string, const F extends string, const S extends string>(facts: CredentialKindFacts<K, F, S>): CredentialKindFacts<K, F, S> {
  return facts;
}
