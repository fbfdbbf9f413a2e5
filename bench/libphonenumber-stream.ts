/**
 * The equivalent of `ringfence phone --json` over libphonenumber-js (max metadata), for
 * bench/phone-cli.ts: stdin lines in, one JSON object per line out, through a buffered stdout.
 * Same output shape: {"input","valid","possible","e164","region","type"} or
 * {"input","error":{"code"}}; region `001` for non-geographic calling codes.
 *
 *   node --import tsx bench/libphonenumber-stream.ts [--region XX] < numbers.txt
 */
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import {
  ParseError,
  parsePhoneNumberWithError,
  type CountryCode,
  type PhoneNumber,
} from 'libphonenumber-js/max';
import metadata from 'libphonenumber-js/metadata.max.json';

const { values } = parseArgs({ options: { region: { type: 'string' } } });
const defaultCountry = values.region?.toUpperCase() as CountryCode | undefined;
const nonGeographic = new Set(
  Object.keys((metadata as unknown as { nonGeographic: Record<string, unknown> }).nonGeographic),
);

function line(input: string): string {
  let phone: PhoneNumber;
  try {
    phone =
      defaultCountry === undefined
        ? parsePhoneNumberWithError(input)
        : parsePhoneNumberWithError(input, { defaultCountry });
  } catch (error) {
    const code = error instanceof ParseError ? error.message : 'NOT_A_NUMBER';
    return JSON.stringify({ input, error: { code } });
  }
  const valid = phone.isValid();
  return JSON.stringify({
    input,
    valid,
    possible: phone.isPossible(),
    e164: phone.number,
    region: phone.country ?? (nonGeographic.has(phone.countryCallingCode) ? '001' : null),
    type: valid ? (phone.getType() ?? null) : null,
  });
}

let buffer = '';
for await (const input of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
  buffer += line(input) + '\n';
  if (buffer.length >= 1 << 16) {
    if (!process.stdout.write(buffer)) await once(process.stdout, 'drain');
    buffer = '';
  }
}
process.stdout.write(buffer);
