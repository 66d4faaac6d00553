// What a person is told when a command fails, the same for every command: a refusal or failure the product
// understands (a vendor's refusal, a folder that cannot be planned, a mistake in what was asked) with its next
// step; anything else as one short line naming the command — never a stack trace. Pure: no `vscode` import.
import { ConfigError, messageOf } from '../../core/configAsCode/configError';
import { failureText } from '../../core/http/failureText';
import { RemoteError } from '../../core/http/types';

/** One message, its next step said once. */
export function describeCommandFailure(commandTitle: string, error: unknown): string {
  if (error instanceof RemoteError || error instanceof ConfigError) return `${commandTitle}: ${failureText(error)}`;
  // Not expected: say which command and what broke, in one line; the log has the rest.
  const firstLine = messageOf(error).split('\n')[0].trim() || 'an unexpected error';
  return `${commandTitle} failed: ${firstLine}`;
}
