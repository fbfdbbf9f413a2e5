/**
 * `ringfence check --remote URL <number>`: the private check against a ringfence server. The
 * number is normalised here with the phone engine, then blinded: the server receives its bucket
 * (20 bits of a hash) and a blinded element, never the number. Exit 0 found, 1 not found, like
 * the local check.
 */
import type { Writable } from 'node:stream';
import { RingfenceError } from '../errors.js';
import { defaultPhoneEngine } from '../phone/index.js';
import { checkRemote, type CheckedLeak } from '../privacy/index.js';

export interface RemoteCheckOptions {
  readonly remote: string;
  readonly region?: string;
  readonly json: boolean;
}

export interface RemoteCheckResult {
  readonly e164: string;
  readonly region: string | null;
  readonly server: string;
  /** As the local check names them: `name` is the leak's id. */
  readonly leaks: readonly (Omit<CheckedLeak, 'id'> & { readonly name: string })[];
}

export async function runRemoteCheck(
  number: string,
  options: RemoteCheckOptions,
  io: { readonly stdout: Writable },
): Promise<void> {
  const server = serverUrl(options.remote);
  const parsed = defaultPhoneEngine().parse(number, { defaultRegion: options.region });
  if (!parsed.ok) throw new RingfenceError(parsed.error.code);
  const answer = await checkRemote(server, parsed.e164);
  const result: RemoteCheckResult = {
    e164: parsed.e164,
    region: parsed.region,
    server: server.href,
    leaks: answer.leaks.map(({ id, ...leak }) => ({ name: id, ...leak })),
  };
  io.stdout.write(options.json ? `${JSON.stringify(result)}\n` : renderRemoteCheckText(result));
  process.exitCode = result.leaks.length > 0 ? 0 : 1;
}

export function renderRemoteCheckText(result: RemoteCheckResult): string {
  if (result.leaks.length === 0)
    return `${result.e164}: not found in the leaks of ${result.server}\n`;
  return (
    `${result.e164}: found in ${result.leaks.length} leak(s) of ${result.server}\n` +
    result.leaks
      .map((l) => `  ${l.name}  ${l.title}${l.breachDate === null ? '' : `  (${l.breachDate})`}`)
      .join('\n') +
    '\n'
  );
}

/** The server's base URL, with the trailing slash that keeps its path when v1/... is added. */
function serverUrl(text: string): URL {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new RingfenceError('USAGE', { reason: '--remote must be a URL such as https://host/' });
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new RingfenceError('USAGE', { reason: '--remote must be an http or https URL' });
  if (url.search !== '' || url.hash !== '' || url.username !== '' || url.password !== '')
    throw new RingfenceError('USAGE', {
      reason: '--remote takes the server URL alone, without a query, fragment or credentials',
    });
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url;
}
