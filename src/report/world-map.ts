/**
 * The world map the HTML report draws: country shapes already projected to SVG paths, built by
 * scripts/build-world-map.ts into `data/world-map.json` (the format is described there). This file
 * mirrors the builder: it checks the artifact's shape and version, and measures each path's
 * bounding box so that the renderer can draw a region too small to see as a circle instead.
 */
import { RingfenceError } from '../errors.js';
import { readFileSync } from 'node:fs';

/** Format of data/world-map.json, as written by scripts/build-world-map.ts. */
export const WORLD_MAP_FORMAT_VERSION = 1;

/** [minX, minY, maxX, maxY] in map units. */
export type Bounds = readonly [number, number, number, number];

export interface WorldMap {
  /** Where the shapes come from and how they were projected. */
  readonly source: string;
  readonly version: number;
  /** Frame of the projected coordinates (the SVG viewBox is `0 0 width height`). */
  readonly width: number;
  readonly height: number;
  /** SVG path data by ISO 3166-1 alpha-2 region (XK for Kosovo). */
  readonly countries: Readonly<Record<string, string>>;
  /** Bounding box of each path in `countries`, measured when decoded. */
  readonly bounds: Readonly<Record<string, Bounds>>;
  /** A point inside (or at the main town of) every region, shapes or not. */
  readonly points: Readonly<Record<string, readonly [number, number]>>;
}

const REGION = /^[A-Z]{2}$/;

/** Checks a parsed data/world-map.json and returns it as a frozen WorldMap. */
export function decodeWorldMap(json: unknown): WorldMap {
  const fail = (what: string): never => {
    throw new RingfenceError('DATA_FILE_INVALID', { file: 'world map', reason: what });
  };
  if (!isObject(json)) return fail('not a JSON object');
  const { source, version, width, height, countries, points } = json;
  if (version !== WORLD_MAP_FORMAT_VERSION) {
    fail(
      `unsupported format version ${JSON.stringify(version)}, expected ${WORLD_MAP_FORMAT_VERSION}`,
    );
  }
  if (typeof source !== 'string') fail('"source" must be a string');
  if (!isDimension(width) || !isDimension(height)) fail('"width" and "height" must be positive');
  if (!isObject(countries)) return fail('"countries" must be an object');
  if (!isObject(points)) return fail('"points" must be an object');

  const paths: Record<string, string> = {};
  const bounds: Record<string, Bounds> = {};
  for (const [region, d] of Object.entries(countries)) {
    if (!REGION.test(region)) fail(`bad region key ${JSON.stringify(region)} in "countries"`);
    if (typeof d !== 'string') return fail(`path of ${region} must be a string`);
    const box = pathBounds(d);
    if (!box) fail(`path of ${region} is not M/m/L/l/z path data`);
    paths[region] = d;
    bounds[region] = Object.freeze(box!);
  }
  const at: Record<string, readonly [number, number]> = {};
  for (const [region, p] of Object.entries(points)) {
    if (!REGION.test(region)) fail(`bad region key ${JSON.stringify(region)} in "points"`);
    if (!isPoint(p)) return fail(`point of ${region} must be [x, y]`);
    at[region] = Object.freeze([p[0], p[1]] as const);
  }
  for (const region of Object.keys(paths)) {
    if (!at[region]) fail(`region ${region} has a shape but no point`);
  }
  return Object.freeze({
    source: source as string,
    version: WORLD_MAP_FORMAT_VERSION,
    width: width as number,
    height: height as number,
    countries: Object.freeze(paths),
    bounds: Object.freeze(bounds),
    points: Object.freeze(at),
  });
}

let defaultMap: WorldMap | undefined;

/** The map shipped in `data/`, read and decoded once, on first use. */
export function loadWorldMap(): WorldMap {
  defaultMap ??= decodeWorldMap(
    JSON.parse(readFileSync(new URL('../../data/world-map.json', import.meta.url), 'utf8')),
  );
  return defaultMap;
}

const PATH_TOKEN = /([MmLlZz])|(-?(?:\d+\.?\d*|\.\d+))/g;

/**
 * Bounding box of path data made of M, m, L, l and z commands (what the builder writes), or
 * null for anything else.
 */
export function pathBounds(d: string): [number, number, number, number] | null {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  let x = 0;
  let y = 0;
  let startX = 0;
  let startY = 0;
  let command = '';
  let pending: number | null = null;
  let consumed = 0;
  for (const m of d.matchAll(PATH_TOKEN)) {
    if (m.index !== consumed) {
      // Only spaces may separate tokens.
      if (d.slice(consumed, m.index).trim() !== '') return null;
    }
    consumed = m.index + m[0].length;
    if (m[1] !== undefined) {
      if (pending !== null) return null;
      command = m[1];
      if (command === 'z' || command === 'Z') {
        x = startX;
        y = startY;
      }
      continue;
    }
    const v = Number(m[2]);
    if (pending === null) {
      pending = v;
      continue;
    }
    const relative = command === 'm' || command === 'l';
    if (command === '' || command === 'z' || command === 'Z') return null;
    x = relative ? x + pending : pending;
    y = relative ? y + v : v;
    pending = null;
    if (command === 'M' || command === 'm') {
      startX = x;
      startY = y;
      // Further pairs after a move are line-tos.
      command = command === 'M' ? 'L' : 'l';
    }
    minX = Math.min(minX, x);
    minY = Math.min(minY, y);
    maxX = Math.max(maxX, x);
    maxY = Math.max(maxY, y);
  }
  if (consumed !== d.length && d.slice(consumed).trim() !== '') return null;
  if (pending !== null || minX === Infinity) return null;
  return [minX, minY, maxX, maxY];
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isPoint(v: unknown): v is [number, number] {
  return (
    Array.isArray(v) &&
    v.length === 2 &&
    v.every((n) => typeof n === 'number' && Number.isFinite(n))
  );
}

function isDimension(v: unknown): boolean {
  return typeof v === 'number' && Number.isFinite(v) && v > 0;
}
