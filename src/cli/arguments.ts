/**
 * Command-line arguments: flags with values (`--captured-at ISO` or `--captured-at=ISO`),
 * booleans (`--strict`) and positional arguments. Unknown flags are a usage error.
 */
export class UsageError extends Error {
  override name = "UsageError";
  /** Print the command's help after the message (not for a refusal such as a held lock). */
  readonly showHelp: boolean;
  constructor(message: string, options: { showHelp?: boolean } = {}) {
    super(message);
    this.showHelp = options.showHelp ?? true;
  }
}

export interface ParsedArguments {
  flags: Map<string, string | true>;
  positionals: string[];
}

export function parseArguments(argv: string[], valueFlags: readonly string[], booleanFlags: readonly string[]): ParsedArguments {
  const flags = new Map<string, string | true>();
  const positionals: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--") {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith("--") || arg === "-") {
      if (arg.startsWith("-") && arg !== "-" && arg !== "-h") throw new UsageError(`unknown option ${arg}`);
      if (arg === "-h") flags.set("help", true);
      else positionals.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
    if (name === "help") flags.set("help", true);
    else if (valueFlags.includes(name)) {
      const value = inline ?? argv[++i];
      if (value === undefined || value === "") throw new UsageError(`--${name} needs a value`);
      flags.set(name, value);
    } else if (booleanFlags.includes(name)) {
      if (inline !== undefined) throw new UsageError(`--${name} takes no value`);
      flags.set(name, true);
    } else throw new UsageError(`unknown option --${name}`);
  }
  return { flags, positionals };
}

export function stringFlag(args: ParsedArguments, name: string): string | undefined {
  const value = args.flags.get(name);
  return typeof value === "string" ? value : undefined;
}
