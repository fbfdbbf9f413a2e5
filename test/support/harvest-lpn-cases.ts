/**
 * Harvests test/fixtures/libphonenumber-js-cases.jsonl from libphonenumber-js's own test suite.
 *
 *   npx tsx test/support/harvest-lpn-cases.ts <libphonenumber-js git directory> <commit>
 *
 * libphonenumber-js's test files (MIT, (c) Nikolay Kuchumov) are run, outside this repository,
 * against the installed libphonenumber-js (1.13.16, source/), under tiny stand-ins for mocha and
 * chai. Every call a test makes to a parse or find entry point is recorded with its arguments
 * and with the `it` block it belongs to. A call is carried over when
 *   - its metadata is real (the package's min or max metadata, not a test fixture),
 *   - its `it` block passes: every assertion in it holds under 1.13.16,
 *   - replayed with max metadata (the metadata ringfence is compiled from), it returns what it
 *     returned with the test's metadata, so that the test's expectations hold for max too,
 *   - it uses options ringfence has (no defaultCallingCode, no extract: false).
 * The recorded result under max metadata is the expectation. Only the expectations are copied
 * into the fixture, never libphonenumber-js's code.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const [, , checkout, commit] = process.argv;
if (checkout === undefined || commit === undefined)
  throw new Error('usage: harvest-lpn-cases.ts <git dir> <commit>');
const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const work = join('/tmp', `lpn-harvest-${process.pid}`);
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
cpSync(join(root, 'node_modules/libphonenumber-js'), join(work, 'pkg'), { recursive: true });
writeFileSync(join(work, 'pkg/package.json'), JSON.stringify({ type: 'module' }));
// The test fixtures' own metadata (test/metadata/...), imported by some test files.
execFileSync('sh', [
  '-c',
  `git --git-dir '${checkout}' archive ${commit} test | tar -x -C '${join(work, 'pkg')}'`,
]);

const FILES = [
  'source/parse.test.js',
  'source/legacy/parse.test.js',
  'source/parsePhoneNumber.test.js',
  'source/parsePhoneNumberWithError.test.js',
  'source/findPhoneNumbersInText.test.js',
  'source/searchPhoneNumbersInText.test.js',
  'source/PhoneNumberMatcher.test.js',
  'source/legacy/findNumbers.test.js',
  'source/legacy/findPhoneNumbers.test.js',
  'source/legacy/searchNumbers.test.js',
  'source/isValidPhoneNumber.test.js',
  'source/isPossiblePhoneNumber.test.js',
  'source/helpers/extractPhoneContext.test.js',
  'source/isValid.test.js',
  'source/isPossible.test.js',
  'source/format.test.js',
];
/** Entry points whose calls are recorded, by module path relative to source/. */
const ENTRIES = new Set([
  'parse.js',
  'legacy/parse.js',
  'parsePhoneNumber.js',
  'parsePhoneNumber_.js',
  'parsePhoneNumberWithError.js',
  'findPhoneNumbersInText.js',
  'searchPhoneNumbersInText.js',
  'PhoneNumberMatcher.js',
  'legacy/findNumbers.js',
  'legacy/findPhoneNumbers.js',
  'legacy/searchNumbers.js',
  'isValidPhoneNumber.js',
  'isPossiblePhoneNumber.js',
]);

// mocha and chai stand-ins, shared through globalThis with the recorder.
mkdirSync(join(work, 'node_modules/mocha'), { recursive: true });
mkdirSync(join(work, 'node_modules/chai'), { recursive: true });
writeFileSync(join(work, 'node_modules/mocha/package.json'), '{"type":"module","main":"index.js"}');
writeFileSync(join(work, 'node_modules/chai/package.json'), '{"type":"module","main":"index.js"}');
writeFileSync(
  join(work, 'node_modules/mocha/index.js'),
  `const h = globalThis.__harvest;
export function describe(name, fn) { h.path.push(name); try { fn(); } finally { h.path.pop(); } }
export function it(name, fn) { h.tests.push({ title: [...h.path, name].join(' > '), fn }); }
it.skip = () => {}; describe.skip = () => {};`,
);
writeFileSync(
  join(work, 'node_modules/chai/index.js'),
  `import assert from 'node:assert';
export function expect(actual) {
  const flags = { not: false };
  const check = (ok, what) => { if (ok === flags.not) throw new Error('assertion failed: ' + what); };
  const chain = new Proxy({}, { get(_, key) {
    if (key === 'to' || key === 'be' || key === 'deep' || key === 'have') return chain;
    if (key === 'not') { flags.not = !flags.not; return chain; }
    if (key === 'equal' || key === 'eql') return (v) => { let ok = true; try { typeof v === 'object' && v !== null ? assert.deepEqual(actual, v) : assert.strictEqual(actual, v); } catch { ok = false; } check(ok, 'equal'); };
    if (key === 'undefined') return check(actual === undefined, 'undefined');
    if (key === 'true') return check(actual === true, 'true');
    if (key === 'false') return check(actual === false, 'false');
    if (key === 'throw') return (m) => { let threw = false; let message = ''; try { actual(); } catch (e) { threw = true; message = String(e && e.message); } check(threw && (m === undefined || (typeof m === 'string' ? message.includes(m) : m instanceof RegExp ? m.test(message) : true)), 'throw'); };
    if (key === 'length') return (n) => check(actual.length === n, 'length');
    throw new Error('unsupported chai chain: ' + String(key));
  } });
  return chain;
}`,
);

async function importJson(path: string): Promise<unknown> {
  const module = (await import(pathToFileURL(path).href, { with: { type: 'json' } })) as {
    default: unknown;
  };
  return module.default;
}
const minJson = await importJson(join(work, 'pkg/metadata.min.json'));
const maxJson = await importJson(join(work, 'pkg/metadata.max.json'));

type Outcome = { value: unknown } | { error: string };
interface HarvestTest {
  readonly title: string;
  readonly fn: () => unknown;
  passed?: boolean;
}
interface HarvestRecord {
  readonly module: string;
  readonly name: string;
  readonly test: string | null;
  readonly args: unknown[];
  readonly metadata: 'min' | 'max' | 'other';
  readonly withTestMetadata: Outcome;
  readonly withMax: Outcome;
}
interface Harvest {
  path: string[];
  tests: HarvestTest[];
  current: string | null;
  records: HarvestRecord[];
}
type AnyFunction = (...args: unknown[]) => unknown;
type AnyClass = new (...args: unknown[]) => unknown;
interface PhoneNumberLike {
  number: string;
  country?: string;
  nationalNumber: string;
  countryCallingCode: string;
  ext?: string;
  isValid(): boolean;
  isPossible(): boolean;
}
interface MatcherLike {
  hasNext(): boolean;
  next(): unknown;
}

function serialize(value: unknown): unknown {
  if (value === undefined) return { undefined: true };
  if (value === null || typeof value !== 'object') return value;
  if ('countryCallingCode' in value && typeof (value as PhoneNumberLike).isValid === 'function') {
    const phone = value as PhoneNumberLike;
    return {
      number: phone.number,
      country: phone.country ?? null,
      nationalNumber: phone.nationalNumber,
      countryCallingCode: phone.countryCallingCode,
      ext: phone.ext ?? null,
      valid: phone.isValid(),
      possible: phone.isPossible(),
    };
  }
  if (Array.isArray(value)) return value.map(serialize);
  if (Symbol.iterator in value) return Array.from(value as Iterable<unknown>, serialize);
  if (typeof (value as MatcherLike).hasNext === 'function') {
    const matcher = value as MatcherLike;
    const out: unknown[] = [];
    while (matcher.hasNext()) out.push(serialize(matcher.next()));
    return out;
  }
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, serialize(v)]));
}

function outcome(fn: AnyFunction, args: unknown[], construct: boolean): Outcome {
  try {
    return { value: serialize(construct ? new (fn as unknown as AnyClass)(...args) : fn(...args)) };
  } catch (e) {
    return { error: e instanceof Error ? e.message : String(e) };
  }
}

const h: Harvest = { path: [], tests: [], current: null, records: [] };
const shared = globalThis as unknown as {
  __harvest: Harvest;
  __wrap: (module: string, name: string, fn: AnyFunction) => AnyFunction;
};
shared.__harvest = h;
shared.__wrap = (module, name, fn) => {
  const isClass = Function.prototype.toString.call(fn).startsWith('class');
  return function wrapped(this: unknown, ...args: unknown[]): unknown {
    const metadata = args.includes(maxJson) ? 'max' : args.includes(minJson) ? 'min' : 'other';
    h.records.push({
      module,
      name,
      test: h.current,
      args: args.filter((a) => a !== minJson && a !== maxJson),
      metadata,
      withTestMetadata: outcome(fn, args, isClass),
      withMax: outcome(
        fn,
        args.map((a) => (a === minJson ? maxJson : a)),
        isClass,
      ),
    });
    return isClass ? new (fn as unknown as AnyClass)(...args) : fn.apply(this, args);
  };
};

interface Case {
  readonly file: string;
  readonly test: string | null;
  readonly fn: string;
  readonly input: string;
  readonly options: Record<string, unknown>;
  readonly expected: Outcome;
}

const cases: Case[] = [];
const summary: Record<string, unknown>[] = [];
for (const file of FILES) {
  let text = execFileSync('git', ['--git-dir', checkout, 'show', `${commit}:${file}`], {
    encoding: 'utf8',
  });
  const dir = dirname(file).replace(/^source\/?/, '');
  text = text.replace(
    /^import (.+) from '(\.[^']+\.js)'$/gm,
    (line, names: string, path: string) => {
      const target = join(dir, path).replace(/\\/g, '/');
      if (!ENTRIES.has(target)) return line;
      const m = /^(\w+)?\s*,?\s*(?:\{([^}]*)\})?$/.exec(names.trim());
      if (!m) return line;
      const parts: string[] = [];
      const wraps: string[] = [];
      if (m[1]) {
        parts.push(`__d_${m[1]}`);
        wraps.push(`const ${m[1]} = globalThis.__wrap('${target}', 'default', __d_${m[1]});`);
      }
      if (m[2]) {
        const named = m[2]
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean);
        parts.push(`{ ${named.map((n) => `${n} as __n_${n}`).join(', ')} }`);
        for (const n of named)
          wraps.push(`const ${n} = globalThis.__wrap('${target}', '${n}', __n_${n});`);
      }
      return `import ${parts.join(', ')} from '${path}'\n${wraps.join('\n')}`;
    },
  );
  const dest = join(work, 'pkg', file.replace(/\.test\.js$/, '.harvest.test.js'));
  mkdirSync(dirname(dest), { recursive: true });
  writeFileSync(dest, text);
  h.tests = [];
  h.records = [];
  try {
    await import(pathToFileURL(dest).href);
  } catch (e) {
    summary.push({ file, error: (e instanceof Error ? e.message : String(e)).slice(0, 200) });
    continue;
  }
  let passed = 0;
  for (const t of h.tests) {
    h.current = t.title;
    try {
      await t.fn();
      t.passed = true;
      passed++;
    } catch {
      t.passed = false;
    }
  }
  const passing = new Set(h.tests.filter((t) => t.passed).map((t) => t.title));
  let kept = 0;
  const skipped: Record<string, number> = {};
  const skip = (why: string): void => {
    skipped[why] = (skipped[why] ?? 0) + 1;
  };
  const seen = new Set<string>();
  for (const r of h.records) {
    if (r.metadata === 'other') {
      skip('test metadata');
      continue;
    }
    if (r.test === null || !passing.has(r.test)) {
      skip('its test fails under 1.13.16');
      continue;
    }
    if (JSON.stringify(r.withTestMetadata) !== JSON.stringify(r.withMax)) {
      skip('answer differs with max metadata');
      continue;
    }
    const [input, ...rest] = r.args;
    if (typeof input !== 'string') {
      skip('not a string input');
      continue;
    }
    const options: unknown =
      rest.length === 0
        ? {}
        : typeof rest[0] === 'string'
          ? { ...(rest[1] as object | undefined), defaultCountry: rest[0] }
          : (rest[0] ?? {});
    if (
      typeof options !== 'object' ||
      options === null ||
      'defaultCallingCode' in options ||
      (options as { extract?: unknown }).extract === false
    ) {
      skip('options ringfence does not have');
      continue;
    }
    const c: Case = {
      file,
      test: r.test,
      fn: `${r.module}${r.name === 'default' ? '' : `#${r.name}`}`,
      input,
      options: options as Record<string, unknown>,
      expected: r.withMax,
    };
    const key = JSON.stringify([c.fn, c.input, c.options]);
    if (seen.has(key)) {
      skip('duplicate');
      continue;
    }
    seen.add(key);
    cases.push(c);
    kept++;
  }
  summary.push({
    file,
    tests: h.tests.length,
    passing: passed,
    calls: h.records.length,
    kept,
    skipped,
  });
}
// The summary (calls, cases kept, why the others were not) goes to HARVEST_SUMMARY or stdout.
writeFileSync(process.env.HARVEST_SUMMARY ?? '/dev/stdout', `${JSON.stringify(summary)}\n`);
writeFileSync(
  join(root, 'test/fixtures/libphonenumber-js-cases.jsonl'),
  cases.map((c) => JSON.stringify(c)).join('\n') + '\n',
);
rmSync(work, { recursive: true, force: true });
