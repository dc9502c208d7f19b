import { Command, Help, type Argument, type Option } from 'commander';
import type { CommanderText, HelpText } from '../messages/help-text.js';

type Title = keyof CommanderText['titles'];

/** commander's Help with its own words (titles, usage terms, the parenthesis after an option) from the catalogue. */
class LocalisedHelp extends Help {
  constructor(private readonly text: CommanderText) {
    super();
  }

  override styleTitle(title: string): string {
    return this.text.titles[title as Title] ?? title;
  }

  override commandUsage(cmd: Command): string {
    return this.terms(super.commandUsage(cmd));
  }

  override subcommandTerm(cmd: Command): string {
    return this.terms(super.subcommandTerm(cmd));
  }

  override optionTerm(option: Option): string {
    return this.names(option.flags);
  }

  override argumentTerm(argument: Argument): string {
    return this.text.placeholder(argument.name());
  }

  override optionDescription(option: Option): string {
    const extra: string[] = [];
    if (option.argChoices) extra.push(this.text.choices(option.argChoices.map((c) => JSON.stringify(c)).join(', ')));
    // As commander: a default is shown for options taking a value, and for booleans only when set to one.
    // Unlike commander, also a default that is only described (--format: the command applies it, so
    // an --output extension can decide).
    const showDefault = option.required || option.optional || (option.isBoolean() && typeof option.defaultValue === 'boolean');
    const shown = option.defaultValueDescription ?? (option.defaultValue === undefined ? undefined : JSON.stringify(option.defaultValue));
    if (shown !== undefined && showDefault) extra.push(this.text.default(shown));
    if (option.presetArg !== undefined && option.optional) extra.push(this.text.preset(JSON.stringify(option.presetArg)));
    if (option.envVar !== undefined) extra.push(this.text.env(option.envVar));
    return withExtra(option.description, extra);
  }

  override argumentDescription(argument: Argument): string {
    const extra: string[] = [];
    if (argument.argChoices) extra.push(this.text.choices(argument.argChoices.map((c) => JSON.stringify(c)).join(', ')));
    if (argument.defaultValue !== undefined) extra.push(this.text.default(argument.defaultValueDescription ?? JSON.stringify(argument.defaultValue)));
    return withExtra(argument.description, extra);
  }

  private terms(usage: string): string {
    return this.names(usage.replace('[options]', this.text.optionsTerm).replace('[command]', this.text.commandTerm));
  }

  private names(text: string): string {
    return placeholders(text, this.text);
  }
}

/** `<file>`, `[paths...]` with their names as the catalogue shows them. */
function placeholders(text: string, words: CommanderText): string {
  return text.replace(/([<[])([^\]>.]+)(\.\.\.)?([>\]])/g, (_, open: string, name: string, dots: string | undefined, close: string) => `${open}${words.placeholder(name)}${dots ?? ''}${close}`);
}

function withExtra(description: string, extra: readonly string[]): string {
  if (extra.length === 0) return description;
  return description ? `${description} (${extra.join(', ')})` : `(${extra.join(', ')})`;
}

/**
 * commander's error messages in the catalogue's words. commander builds them in English inside
 * private methods; each has a fixed shape, so its parts are read back from the English message. A
 * message of a shape not known here (a newer commander) passes through unchanged.
 */
export function localiseCommanderError(message: string, code: string, text: CommanderText): string {
  const e = text.errors;
  const similar = (tail: string | undefined): string => {
    const names = /^\n\(Did you mean (?:one of )?(.*)\?\)$/.exec(tail ?? '')?.[1];
    return names ? e.didYouMean(names.split(', ')) : '';
  };
  let m: RegExpExecArray | null;
  switch (code) {
    case 'commander.unknownOption':
      if ((m = /^error: unknown option '(.*?)'(\n[\s\S]*)?$/.exec(message))) return e.unknownOption(m[1]!) + similar(m[2]);
      break;
    case 'commander.unknownCommand':
      if ((m = /^error: unknown command '(.*?)'(\n[\s\S]*)?$/.exec(message))) return e.unknownCommand(m[1]!) + similar(m[2]);
      break;
    case 'commander.missingArgument':
      if ((m = /^error: missing required argument '(.*)'$/.exec(message))) return e.missingArgument(text.placeholder(m[1]!));
      break;
    case 'commander.optionMissingArgument':
      if ((m = /^error: option '(.*)' argument missing$/.exec(message))) return e.optionMissingArgument(placeholders(m[1]!, text));
      break;
    case 'commander.missingMandatoryOptionValue':
      if ((m = /^error: required option '(.*)' not specified$/.exec(message))) return e.missingMandatoryOption(placeholders(m[1]!, text));
      break;
    case 'commander.conflictingOption': {
      const name = (part: string): string => {
        const env = /^environment variable '(.*)'$/.exec(part);
        return env ? e.envName(env[1]!) : e.optionName(placeholders(/^option '(.*)'$/.exec(part)?.[1] ?? part, text));
      };
      if ((m = /^error: (.*) cannot be used with (.*)$/.exec(message))) return e.conflictingOption(name(m[1]!), name(m[2]!));
      break;
    }
    case 'commander.excessArguments':
      if ((m = /^error: too many arguments(?: for '(.*)')?\. Expected (\d+) arguments? but got (\d+)\.$/.exec(message))) return e.excessArguments(m[1], Number(m[2]), Number(m[3]));
      break;
    case 'commander.invalidArgument': {
      const allowed = / Allowed choices are (.*)\.$/.exec(message)?.[1];
      if ((m = /^error: option '(.*)' argument '(.*)' is invalid\./.exec(message))) return e.invalidOptionValue(placeholders(m[1]!, text), m[2]!, allowed);
      if ((m = /^error: command-argument value '(.*)' is invalid for argument '(.*)'\./.exec(message))) return e.invalidArgumentValue(text.placeholder(m[2]!), m[1]!, allowed);
      break;
    }
  }
  return message;
}

/** A commander Command whose help and errors speak the catalogue's language; its subcommands too. */
export class LocalisedCommand extends Command {
  constructor(
    readonly text: HelpText,
    name?: string,
  ) {
    super(name);
  }

  override createCommand(name?: string): LocalisedCommand {
    return new LocalisedCommand(this.text, name);
  }

  override createHelp(): Help {
    return Object.assign(new LocalisedHelp(this.text.commander), this.configureHelp());
  }

  override error(message: string, options?: { code?: string; exitCode?: number }): never {
    return super.error(localiseCommanderError(message, options?.code ?? '', this.text.commander), options);
  }
}
