/**
 * /metrics of `serve --processes n`: each worker has its own registry (./metrics.ts), and a
 * scrape reaches whichever worker takes the connection. So that a scrape sees the whole server,
 * the worker that receives it gathers every worker's exposition through the primary and answers
 * them merged here, each sample labelled with its worker (`worker="2"`). Counters stay exact per
 * worker, and `sum without (worker) (rate(...))` gives the server's figure; a replaced worker
 * starts from zero under its new id, which Prometheus reads as a new series, not a reset.
 *
 * Text in, text out (the exposition format, version 0.0.4): families are kept in the order they
 * first appear, each with its HELP and TYPE once, followed by the samples of every worker.
 */

/** A sample line's name, optional {labels} and the rest (value, optional timestamp). */
const SAMPLE = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{.*\})?(\s.*)$/;

interface Family {
  help: string | null;
  type: string | null;
  readonly samples: string[];
}

/** The expositions of several workers as one, every sample labelled `worker="<id>"`. */
export function mergeExpositions(
  expositions: readonly { readonly worker: number; readonly text: string }[],
): string {
  const families = new Map<string, Family>();
  const familyOf = (name: string): Family => {
    let family = families.get(name);
    if (family === undefined) {
      family = { help: null, type: null, samples: [] };
      families.set(name, family);
    }
    return family;
  };
  for (const { worker, text } of expositions) {
    // Samples (histogram _bucket, _sum, _count too) belong to the family whose header precedes.
    let current: Family | null = null;
    for (const line of text.split('\n')) {
      if (line.trim() === '') continue;
      const header = /^# (HELP|TYPE) (\S+) ?(.*)$/.exec(line);
      if (header !== null) {
        current = familyOf(header[2]!);
        if (header[1] === 'HELP') current.help ??= line;
        else current.type ??= line;
        continue;
      }
      if (line.startsWith('#')) continue;
      const sample = SAMPLE.exec(line);
      if (sample === null) continue;
      const [, name, labels, rest] = sample;
      const label = `worker="${worker}"`;
      const labelled =
        labels === undefined || labels === '{}'
          ? `${name}{${label}}${rest}`
          : `${name}{${labels.slice(1, -1)},${label}}${rest}`;
      (current ?? familyOf(name!)).samples.push(labelled);
    }
  }
  const lines: string[] = [];
  for (const family of families.values()) {
    if (family.help !== null) lines.push(family.help);
    if (family.type !== null) lines.push(family.type);
    lines.push(...family.samples);
  }
  return `${lines.join('\n')}\n`;
}
