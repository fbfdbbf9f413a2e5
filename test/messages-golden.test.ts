/**
 * The golden sets of test/fixtures: modern smishing and vishing in the 11 languages of the
 * phrase lists, and the legitimate messages a naive filter gets wrong (one-time codes, carrier
 * notices from the real domain, bank alerts, short links from known senders). They were written
 * apart from the rules. Every malicious case must be flagged (scam or suspicious) with the
 * expected category; every benign case must pass; every verdict comes with a reason.
 *
 * test/fixtures/messages-holdout.jsonl is not asserted here: it measures generalisation in
 * `npm run eval:messages`, and the rules are never tuned to it.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { CALL_REASONS, analyseCall, analyseMessage } from '../src/messages/index.js';
import type { CallInput, MessageInput } from '../src/messages/index.js';

interface Case {
  readonly id: string;
  readonly lang: string;
  readonly label: 'malicious' | 'benign';
  readonly category: string;
}

function read<T>(file: string): (T & Case)[] {
  return readFileSync(new URL(`fixtures/${file}`, import.meta.url), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as T & Case);
}

const messages = read<MessageInput>('messages-golden.jsonl');
const calls = read<CallInput>('calls-golden.jsonl');

interface Judged {
  readonly c: Case;
  readonly flagged: boolean;
  readonly categoryRight: boolean;
  readonly reasons: number;
}

function share(of: readonly Judged[], ok: (j: Judged) => boolean): number {
  return of.filter(ok).length / Math.max(1, of.length);
}

const judged: Judged[] = messages.map((m) => {
  const r = analyseMessage({
    text: m.text,
    ...(m.sender === undefined ? {} : { sender: m.sender }),
    ...(m.receivedAt === undefined ? {} : { receivedAt: m.receivedAt }),
    ...(m.recipientRegion === undefined ? {} : { recipientRegion: m.recipientRegion }),
  });
  return {
    c: m,
    flagged: r.verdict !== 'ok',
    categoryRight: r.category === m.category,
    reasons: r.reasons.length,
  };
});

/**
 * Floors, not perfection: the figures `npm run eval:messages` prints are above them (97.1% of
 * the malicious cases flagged, 91.2% of the benign passed, 88.9% categories right); a change
 * that loses ground in any language or category fails here.
 */
describe('golden messages', () => {
  for (const lang of [...new Set(messages.map((m) => m.lang))].sort())
    it(`${lang}: at least 85% of scams flagged and 60% of legitimate messages passed`, () => {
      const of = judged.filter((j) => j.c.lang === lang);
      const malicious = of.filter((j) => j.c.label === 'malicious');
      const benign = of.filter((j) => j.c.label === 'benign');
      assert.ok(share(malicious, (j) => j.flagged) >= 0.85, `${lang} scams flagged`);
      assert.ok(share(benign, (j) => !j.flagged) >= 0.6, `${lang} legitimate passed`);
    });

  // `other` is the catch-all: its scams (utility bills, streaming, a boss asking for gift cards)
  // are often better filed under a named category, so only the named ones are held to this.
  for (const category of [...new Set(messages.map((m) => m.category))]
    .sort()
    .filter((c) => c !== 'other'))
    it(`${category}: at least 75% of its scams flagged with this category`, () => {
      const of = judged.filter((j) => j.c.category === category && j.c.label === 'malicious');
      if (of.length === 0) return;
      assert.ok(share(of, (j) => j.flagged && j.categoryRight) >= 0.75, category);
    });

  it('overall: 95% of scams flagged, 88% of legitimate passed, 85% categories right', () => {
    const malicious = judged.filter((j) => j.c.label === 'malicious');
    const benign = judged.filter((j) => j.c.label === 'benign');
    assert.ok(share(malicious, (j) => j.flagged) >= 0.95);
    assert.ok(share(benign, (j) => !j.flagged) >= 0.88);
    assert.ok(share(malicious, (j) => j.categoryRight) >= 0.85);
  });

  it('explains every verdict with at least one reason', () => {
    assert.deepEqual(
      judged.filter((j) => j.reasons === 0).map((j) => j.c.id),
      [],
    );
  });

  it('covers every category and language it claims to', () => {
    const malicious = messages.filter((m) => m.label === 'malicious');
    assert.equal(new Set(malicious.map((m) => m.category)).size, 12);
    assert.equal(new Set(messages.map((m) => m.lang)).size, 11);
  });
});

describe('golden calls', () => {
  it('judges at least 75% of calls as labelled, each with a reason', () => {
    const results = calls.map((c) => {
      const r = analyseCall({
        from: c.from,
        ...(c.to === undefined ? {} : { to: c.to }),
        ...(c.transcript === undefined ? {} : { transcript: c.transcript }),
        ...(c.at === undefined ? {} : { at: c.at }),
        ...(c.recipientRegion === undefined ? {} : { recipientRegion: c.recipientRegion }),
      });
      assert.ok(r.reasons.length > 0, c.id);
      return (r.verdict !== 'ok') === (c.label === 'malicious');
    });
    assert.ok(results.filter(Boolean).length / results.length >= 0.75);
  });
});

/**
 * test/fixtures/call-reasons-golden.jsonl: for every reason a call analysis can give, a call that
 * must give it, with the words that are its evidence, and a near miss that must not (a warning
 * that names what it warns about, hold the line that is not secrecy, a topic that is not a
 * request). Written for the project, apart from the corpora above.
 */
interface ReasonCase extends CallInput {
  readonly reason: string;
  readonly fires: boolean;
  /** The transcript's words the reason points at; null for evidence that is the number. */
  readonly evidence?: string | null;
  readonly field?: string;
  readonly why: string;
}

const reasonCases = readFileSync(
  new URL('fixtures/call-reasons-golden.jsonl', import.meta.url),
  'utf8',
)
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => JSON.parse(l) as ReasonCase);

function callOf(c: CallInput): CallInput {
  return {
    from: c.from,
    ...(c.to === undefined ? {} : { to: c.to }),
    ...(c.transcript === undefined ? {} : { transcript: c.transcript }),
    ...(c.recipientRegion === undefined ? {} : { recipientRegion: c.recipientRegion }),
  };
}

describe('golden call reasons', () => {
  for (const c of reasonCases)
    it(`${c.reason} ${c.fires ? 'fires' : 'does not fire'}: ${c.why}`, () => {
      const reasons = analyseCall(callOf(c)).reasons;
      const found = reasons.find((r) => r.code === c.reason);
      if (!c.fires) {
        assert.equal(found, undefined, `${c.reason} on a near miss`);
        return;
      }
      assert.ok(
        found !== undefined,
        `${c.reason} missing: ${reasons.map((r) => r.code).join(' ')}`,
      );
      assert.equal(found.field, c.field);
      const evidence =
        found.span === undefined
          ? null
          : (c.transcript ?? '').slice(found.span.start, found.span.end);
      assert.equal(evidence, c.evidence);
    });

  it('covers every reason a call can give, each with a call and a near miss, and no other', () => {
    for (const code of CALL_REASONS) {
      assert.ok(
        reasonCases.some((c) => c.reason === code && c.fires),
        `${code}: a call`,
      );
      assert.ok(
        reasonCases.some((c) => c.reason === code && !c.fires),
        `${code}: a near miss`,
      );
    }
    const given = new Set(
      [...reasonCases, ...calls].flatMap((c) => analyseCall(callOf(c)).reasons.map((r) => r.code)),
    );
    assert.deepEqual(
      [...given].filter((code) => !CALL_REASONS.includes(code)),
      [],
    );
  });
});

describe('privacy', () => {
  it('the message command never writes a message text or number to stderr, even on errors', () => {
    const lines = [
      {
        text: 'Your parcel is held, pay the fee at dhl-redelivery.top/pay or call +447700900412',
        sender: '+447700900123',
      },
      { text: 'Hi Mum, my phone broke, this is my new number, can you send me 250 today?' },
    ].map((m) => JSON.stringify(m));
    lines.push('{"text": 42}', 'not json at all 07700900999');
    const cli = fileURLToPath(new URL('support/cli.ts', import.meta.url));
    const result = spawnSync(process.execPath, ['--import', 'tsx', cli, 'message'], {
      input: lines.join('\n') + '\n',
      encoding: 'utf8',
      env: { ...process.env, RINGFENCE_LOG_LEVEL: 'debug' },
    });
    const out = result.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    assert.equal(out.length, 4, 'one result per input line, in order');
    assert.equal(out[0]!['verdict'], 'scam');
    assert.deepEqual(
      out[2],
      out[2]!['error'] === undefined ? null : { line: 3, error: out[2]!['error'] },
    );
    assert.equal((out[3]!['error'] as { code: string }).code, 'INVALID_MESSAGE');
    for (const secret of ['parcel', 'Mum', '7700900', 'not json'])
      assert.ok(!result.stderr.includes(secret), `stderr holds ${secret}`);
    assert.match(result.stderr, /4 lines, 2 analysed, 2 with errors/);
  });
});
