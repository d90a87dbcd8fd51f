// The profiles an import file holds, with what each brings and, for a name already taken, the choice: rename, replace or skip.
import { credentialKindList, factsOf, principalFieldOf } from '../../../shared/credentials/credential-kinds';
import type { ClashDecision, ImportPreview } from '../../../shared/transfer';
import { middleEllipsis } from '../middle-ellipsis';
import { RadioOption } from './radio-option';

type PreviewProfile = ImportPreview['profiles'][number];

/** Longer client IDs and usernames lose their middle, so the table keeps its width; the whole value is in the title and read out. */
const PRINCIPAL_MAX = 24;
/** "Client ID or username": what each kind signs in with. */
const PRINCIPAL_HEADING = credentialKindList.map(({ kind }, index) => (index === 0 ? principalFieldOf(kind).label : principalFieldOf(kind).name)).join(' or ');

interface ImportTableProps {
  readonly preview: ImportPreview;
  readonly decisions: Readonly<Record<string, ClashDecision>>;
  readonly onDecide: (index: number, decision: ClashDecision) => void;
}

function secretText(preview: ImportPreview, profile: PreviewProfile): string {
  if (profile.hasSecret) return 'Included';
  return preview.secrets === 'locked' ? 'Locked' : 'Enter after import';
}

/** Who the profile signs in as, in full for screen readers and on hover when it had to be shortened. */
function PrincipalCell({ value }: { readonly value: string }) {
  const shown = middleEllipsis(value, PRINCIPAL_MAX);
  if (shown === value) return <td className="mono import-principal">{value}</td>;
  return (
    <td className="mono import-principal" title={value}>
      <span aria-hidden="true">{shown}</span>
      <span className="visually-hidden">{value}</span>
    </td>
  );
}

function ClashChoice({ profile, decision, onDecide }: { readonly profile: PreviewProfile; readonly decision: ClashDecision; readonly onDecide: (decision: ClashDecision) => void }) {
  const options: readonly { readonly value: ClashDecision; readonly label: string }[] = [
    { value: 'rename', label: `Rename to “${profile.suggestedName ?? profile.name}”` },
    { value: 'replace', label: 'Replace' },
    { value: 'skip', label: 'Skip' },
  ];
  return (
    <fieldset className="choice-field clash-choice">
      <legend>“{profile.clashesWith}” already exists</legend>
      <div className="choice-options">
        {options.map((option) => (
          <RadioOption key={option.value} name={`clash-${profile.index}`} value={option.value} label={option.label} checked={decision === option.value} onChange={() => onDecide(option.value)} />
        ))}
      </div>
    </fieldset>
  );
}

export function ImportTable({ preview, decisions, onDecide }: ImportTableProps) {
  return (
    <div className="table-scroll">
      <table className="import-table">
        <caption className="visually-hidden">Profiles in {preview.fileName}</caption>
        <thead>
          <tr>
            <th scope="col">Profile</th>
            <th scope="col">Base URL</th>
            <th scope="col">{PRINCIPAL_HEADING}</th>
            <th scope="col">Secret</th>
            <th scope="col">Import as</th>
          </tr>
        </thead>
        <tbody>
          {preview.profiles.map((profile) => (
            <tr key={profile.index} data-testid="import-row" data-profile-name={profile.name}>
              <th scope="row">
                {profile.name}
                <span className="import-kind">{factsOf(profile.kind).label}</span>
              </th>
              <td className="mono">{profile.baseUrl}</td>
              <PrincipalCell value={profile.principal} />
              <td>
                {profile.reference ? (
                  <>
                    Read by running <code className="import-command" data-testid="import-command">{profile.reference.command}</code>
                    {profile.reference.notInstalled !== null && (
                      <span className="import-kind" data-testid="import-cli-missing">
                        {' '}
                        {profile.reference.notInstalled} is not installed on this computer: install it before you confirm the reference
                      </span>
                    )}
                    {!profile.reference.confirmed && <span className="import-kind"> Off until you read it in the profile and save it there</span>}
                  </>
                ) : (
                  secretText(preview, profile)
                )}
              </td>
              <td>
                {profile.clashesWith === null ? (
                  'New profile'
                ) : (
                  <ClashChoice profile={profile} decision={decisions[String(profile.index)] ?? 'rename'} onDecide={(decision) => onDecide(profile.index, decision)} />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
