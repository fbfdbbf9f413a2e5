/**
 * Every form in which a phone number could leave a client by mistake, and a search for them in
 * what it sent: the digits (international, national, with separators, URL-encoded), their
 * base64, hex and SHA-256, and the number as a 64-bit integer. Used by the tests that record all
 * the bytes a private check sends and assert that the number is in none of them.
 */
import { createHash } from 'node:crypto';

export interface PhoneForms {
  /** Text forms, searched case-insensitively in the text of what was sent. */
  readonly text: readonly string[];
  /** Byte forms, searched in the raw bytes. */
  readonly bytes: readonly Buffer[];
  /** The national significant number, searched in the digits of what was sent, in order. */
  readonly nsn: string;
}

/** `e164` such as +447400123456, `nsn` its national significant number, `trunk` its prefix. */
export function phoneForms(e164: string, nsn: string, trunk = '0'): PhoneForms {
  const cc = e164.slice(1, e164.length - nsn.length);
  const national = trunk + nsn;
  const grouped = (sep: string): string[] => {
    const head = nsn.slice(0, 4);
    const tail = nsn.slice(4);
    return [
      `+${cc}${sep}${head}${sep}${tail}`,
      `${trunk}${head}${sep}${tail}`,
      `${head}${sep}${tail}`,
      `+${cc}${sep}${nsn}`,
    ];
  };
  const plain = [
    e164,
    e164.slice(1),
    `00${e164.slice(1)}`,
    nsn,
    national,
    ...[' ', '-', '.', '%20', '+'].flatMap(grouped),
    encodeURIComponent(e164),
  ];
  const digests = plain.flatMap((form) => {
    const sha256 = createHash('sha256').update(form).digest();
    return [sha256.toString('hex'), sha256.toString('base64'), sha256.toString('base64url')];
  });
  const encoded = plain.flatMap((form) => [
    Buffer.from(form).toString('hex'),
    ...base64Cores(form),
  ]);
  const integer = BigInt(e164.slice(1));
  const be = Buffer.alloc(8);
  be.writeBigUInt64BE(integer);
  const le = Buffer.alloc(8);
  le.writeBigUInt64LE(integer);
  const nsnBe = Buffer.alloc(8);
  nsnBe.writeBigUInt64BE(BigInt(nsn));
  const nsnLe = Buffer.alloc(8);
  nsnLe.writeBigUInt64LE(BigInt(nsn));
  return {
    text: [...new Set([...plain, ...digests, ...encoded, integer.toString(16)])],
    bytes: [be, le, nsnBe, nsnLe, ...plain.map((form) => Buffer.from(form, 'utf16le'))],
    nsn,
  };
}

/**
 * The part of the base64 of `form` that is the same wherever it sits in a longer text: one per
 * alignment (its offset mod 3), each without the edge characters that mix in neighbouring bytes.
 */
function base64Cores(form: string): string[] {
  const cores: string[] = [];
  for (let offset = 0; offset < 3; offset++) {
    for (const encoding of ['base64', 'base64url'] as const) {
      const encoded = Buffer.from('x'.repeat(offset) + form).toString(encoding);
      const core = encoded.slice(offset === 0 ? 0 : 4, -4);
      if (core.length >= 8) cores.push(core);
    }
  }
  return cores;
}

/** The forms of the number found in `sent` (empty when none is). */
export function findPhoneForms(sent: Buffer | string, forms: PhoneForms): string[] {
  const bytes = typeof sent === 'string' ? Buffer.from(sent) : sent;
  const text = bytes.toString('latin1');
  const lower = text.toLowerCase();
  const found = forms.text.filter((form) => lower.includes(form.toLowerCase()));
  for (const form of forms.bytes)
    if (bytes.includes(form)) found.push(`bytes ${form.toString('hex')}`);
  // Digits in order with anything between them: "(0)7400-12 34 56" and the like.
  if (text.replace(/[^0-9]/g, '').includes(forms.nsn)) found.push(`digits ${forms.nsn}`);
  return found;
}
