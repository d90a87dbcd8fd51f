// What `--help` says, for butlr-cred and for each command.

export const COMMAND_HELP = {
  list: `Usage: butlr-cred list [--json]

Lists the profiles in Butlr Credentials with their token's state and time left.
A table on a terminal; JSON when the output goes elsewhere, or with --json.
Never shows a secret or a token.`,
  token: `Usage: butlr-cred token <name-or-id> [--min-validity 300] [--format raw|bearer|header|json]

Prints a current access token of the profile to stdout, and nothing else.
  --min-validity  seconds the token must still be valid for (default 300, at most 3600);
                  the app signs in again first when the one it holds has less left
  --format        raw (default), bearer ("Bearer …"), header ("Authorization: Bearer …"),
                  or json (token, expiry, base URL and profile)
The first call from a shell or script asks you in the app; Allow covers that session.

Example: curl -H "Authorization: Bearer $(butlr-cred token prod)" https://api.butlr.io/api/v3/graphql`,
  exec: `Usage: butlr-cred exec <name-or-id> [--min-validity 300] -- <command> [args…]

Runs the command with BUTLR_ACCESS_TOKEN, BUTLR_TOKEN_EXPIRES_AT (ISO 8601) and BUTLR_BASE_URL
set, and ends as it ends (its exit code, or its signal). Butlr-cred calls inside it share its
session, so they are not asked about again. Refuses to run inside another exec of the same profile.`,
  env: `Usage: butlr-cred env <name-or-id> [--min-validity 300] [--shell sh|fish|powershell]

Prints lines that set BUTLR_ACCESS_TOKEN, BUTLR_TOKEN_EXPIRES_AT and BUTLR_BASE_URL, for:
  sh, bash, zsh:  eval "$(butlr-cred env prod)"
  fish:           butlr-cred env prod --shell fish | source
  PowerShell:     butlr-cred env prod --shell powershell | Invoke-Expression`,
} as const;
export type CommandName = keyof typeof COMMAND_HELP;

export const MAIN_HELP = `Usage: butlr-cred <command> [options]

Gets tokens from the running Butlr Credentials app. The app holds every secret; this command
only ever receives an access token, after you allow it in the app.

Commands:
  list                     profiles, with their token's state and time left
  token <name-or-id>       print a current access token
  exec <name-or-id> -- …   run a command with the token in its environment
  env <name-or-id>         print lines that put the token in your shell's environment

A profile is named by its id, its name in any case, or the start of its name.
Run butlr-cred <command> --help for a command's options.

Exit codes: 0 ok, 2 usage, 3 the app is not running, 4 denied in the app, 5 unknown or
ambiguous profile, 6 the sign-in failed, 7 the app's channel failed its check (possible
impostor), 1 anything else.`;
