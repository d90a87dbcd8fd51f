// Reads one command's arguments: its options (`--name value` or `--name=value`), its positionals, and for exec what follows `--`.
import { MAX_MIN_VALIDITY_SECONDS } from '../shared/cli-protocol';
import { usage } from './cli-failure';
import { closestWord } from '../shared/edit-distance';

export interface ArgsSpec {
  /** Option names (without `--`) and whether each takes a value. */
  readonly options: Readonly<Record<string, 'flag' | 'value'>>;
  /** The positionals' names, for the usage message; all are required. */
  readonly positionals: readonly string[];
  /** Everything after `--` is the command to run (exec). */
  readonly rest?: boolean;
}

export interface ParsedArgs {
  readonly options: Readonly<Record<string, string | true>>;
  readonly positionals: readonly string[];
  readonly rest: readonly string[];
  readonly help: boolean;
}

export function parseArgs(command: string, argv: readonly string[], spec: ArgsSpec): ParsedArgs {
  const options: Record<string, string | true> = {};
  const positionals: string[] = [];
  let rest: string[] = [];
  let help = false;
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index]!;
    if (arg === '--') {
      if (!spec.rest) throw usage(`${command} takes nothing after --.`, command);
      rest = argv.slice(index + 1);
      break;
    }
    if (arg === '--help' || arg === '-h') {
      help = true;
      continue;
    }
    if (arg.startsWith('--')) {
      const [name = '', inline] = arg.slice(2).split(/=(.*)/s, 2);
      const kind = spec.options[name];
      if (!kind) {
        const meant = closestWord(name, Object.keys(spec.options));
        throw usage(`${command} has no option --${name}.${meant ? ` Did you mean --${meant}?` : ''}`, command);
      }
      if (kind === 'flag') {
        if (inline !== undefined) throw usage(`--${name} takes no value.`, command);
        options[name] = true;
      } else {
        const value = inline ?? argv[++index];
        if (value === undefined) throw usage(`--${name} needs a value.`, command);
        options[name] = value;
      }
      continue;
    }
    if (arg.startsWith('-') && arg !== '-') throw usage(`${command} has no option ${arg}.`, command);
    positionals.push(arg);
  }
  if (!help) {
    if (positionals.length < spec.positionals.length) throw usage(`${command} needs ${spec.positionals.slice(positionals.length).map((name) => `<${name}>`).join(' ')}.`, command);
    if (positionals.length > spec.positionals.length) throw usage(`${command} takes ${spec.positionals.length === 0 ? 'no arguments' : `one ${spec.positionals[0]}`}; “${positionals[spec.positionals.length]}” is one too many.`, command);
    if (spec.rest && rest.length === 0) throw usage(`${command} needs a command to run after --.`, command);
  }
  return { options, positionals, rest, help };
}

/** `--min-validity`: whole seconds the token must still be valid for; 300 when not given. */
export function minValidityOf(command: string, args: ParsedArgs): number {
  const given = args.options['min-validity'];
  if (given === undefined) return 300;
  const seconds = typeof given === 'string' && /^\d+$/.test(given) ? Number(given) : NaN;
  if (!(seconds <= MAX_MIN_VALIDITY_SECONDS)) throw usage(`--min-validity takes whole seconds from 0 to ${MAX_MIN_VALIDITY_SECONDS}.`, command);
  return seconds;
}

/** One of `choices` for option `name`, or `fallback` when it is not given. */
export function choiceOf<C extends string>(command: string, args: ParsedArgs, name: string, choices: readonly C[], fallback: C): C {
  const given = args.options[name];
  if (given === undefined) return fallback;
  if (typeof given === 'string' && (choices as readonly string[]).includes(given)) return given as C;
  throw usage(`--${name} takes ${choices.join(', ')}.`, command);
}
