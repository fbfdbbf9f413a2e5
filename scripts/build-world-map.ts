/**
 * Projects world-atlas's Natural Earth 1:50m country shapes once, at build time, into
 * `data/world-map.json`, the map the HTML leak report draws (src/report/world-map.ts reads it).
 * Deterministic: CI runs it and fails when the committed artifact differs.
 *
 *   npx tsx scripts/build-world-map.ts [--out data/world-map.json]
 *
 * The artifact:
 *   { source, version, width, height,
 *     countries: { [alpha2]: SVG path d },   projected, 1 decimal, relative commands
 *     points:    { [alpha2]: [x, y] } }      every ISO and libphonenumber region
 * Keys are sorted, one entry a line, so a rebuild diffs cleanly.
 *
 * Why 1:50m: 1:110m has no shape for 78 regions (Bahrain, Singapore, Malta...), 1:50m for a
 * handful. Arcs are simplified (Douglas-Peucker, shared borders kept seamless) and written at 1
 * decimal on a 960px-wide frame: about 235 KB. The report still draws a circle for any region
 * whose shape is missing or too small to see.
 *
 * Shapes are re-cut to follow phone regions rather than sovereign states:
 * - features without an ISO id get one (Kosovo XK) or are dissolved into the state ISO 3166
 *   counts them in (Northern Cyprus CY, Somaliland SO); Siachen Glacier is left out;
 * - overseas parts drawn inside a state's multipolygon but with their own numbering plan (French
 *   Guiana, Réunion, Svalbard, Christmas Island...) are split off by the nearest known point;
 * - Antarctica is left out: no phone region, and it would take a fifth of the height.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { geoArea, geoCentroid, geoDistance, geoNaturalEarth1, geoPath } from 'd3-geo';
import type { GeoContext } from 'd3-geo';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import countries from 'i18n-iso-countries';
import { feature, merge } from 'topojson-client';
import type { GeometryObject, Topology } from 'topojson-specification';

const require = createRequire(import.meta.url);

/** Format of data/world-map.json; bump on any change of shape, mirrored in src/report/world-map.ts. */
const FORMAT_VERSION = 1;
const WIDTH = 960;
const ATLAS = 'countries-50m.json';
/** Douglas-Peucker tolerance in degrees (~0.15px at 960px wide): ~235 KB instead of ~715 KB. */
const TOLERANCE = 0.05;

/** world-atlas features that carry no ISO numeric id, by their `name` property. */
const UNNUMBERED: Readonly<Record<string, string | null>> = {
  Kosovo: 'XK',
  'N. Cyprus': 'CY',
  Somaliland: 'SO',
  // Christmas Island and the Cocos Islands in one feature: split below by nearest point.
  'Indian Ocean Ter.': 'CX',
  'Siachen Glacier': null,
};

/** Regions drawn inside another region's multipolygon, taken out polygon by polygon. */
const SPLITS: Readonly<Record<string, readonly string[]>> = {
  AU: ['CC', 'CX'],
  CX: ['CC'],
  FR: ['GF', 'GP', 'MQ', 'RE', 'YT'],
  NL: ['BQ'],
  NO: ['SJ', 'BV'],
};

/** Angular distance (radians, ~900 km) within which a polygon belongs to a split-off region. */
const SPLIT_RADIUS = 0.14;

/**
 * [longitude, latitude] of regions without a shape of their own in the atlas (or split off one):
 * the main town, so a circle lands where an analyst expects it.
 */
const KNOWN_POINTS: Readonly<Record<string, readonly [number, number]>> = {
  AC: [-14.36, -7.93], // Ascension (Georgetown)
  BQ: [-68.27, 12.15], // Bonaire (Kralendijk)
  BV: [3.41, -54.42], // Bouvet Island
  CC: [96.83, -12.17], // Cocos (Keeling) Islands
  CX: [105.69, -10.45], // Christmas Island
  GF: [-53.1, 3.95], // French Guiana
  GI: [-5.35, 36.14], // Gibraltar
  GP: [-61.55, 16.25], // Guadeloupe
  MQ: [-61.02, 14.64], // Martinique
  RE: [55.53, -21.12], // Réunion
  SJ: [15.63, 78.22], // Svalbard (Longyearbyen)
  TA: [-12.28, -37.11], // Tristan da Cunha
  TK: [-171.85, -9.2], // Tokelau
  TV: [179.19, -8.52], // Tuvalu (Funafuti)
  UM: [166.63, 19.28], // US Minor Outlying Islands (Wake Island)
  YT: [45.15, -12.83], // Mayotte
};

/** Regions with a point but no shape on purpose. */
const NO_SHAPE = new Set(['AQ']);

interface CountriesTopology extends Topology {
  objects: { countries: { type: 'GeometryCollection'; geometries: AtlasGeometry[] } };
}

type AtlasGeometry = GeometryObject<{ name: string }> & { id?: string };
type PolygonGeometry = { type: 'Polygon'; arcs: number[][] };

/** Serialises projected rings as a compact SVG path: 1 decimal, relative, no repeated points. */
class PathWriter implements GeoContext {
  private readonly parts: string[] = [];
  private ring: Array<[number, number]> = [];
  private x = 0;
  private y = 0;

  beginPath(): void {
    this.flush();
  }

  moveTo(x: number, y: number): void {
    this.flush();
    this.ring = [[round(x), round(y)]];
  }

  lineTo(x: number, y: number): void {
    const p: [number, number] = [round(x), round(y)];
    const last = this.ring[this.ring.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) this.ring.push(p);
  }

  closePath(): void {
    this.flush();
  }

  arc(): void {
    throw new Error('points are not drawn as paths');
  }

  result(): string {
    this.flush();
    return this.parts.join('');
  }

  private flush(): void {
    const ring = this.ring;
    this.ring = [];
    const first = ring[0];
    const last = ring[ring.length - 1];
    if (first && last && ring.length > 1 && first[0] === last[0] && first[1] === last[1]) {
      ring.pop();
    }
    // A ring rounded down to fewer than 3 distinct points draws nothing.
    if (ring.length < 3 || !first) return;
    // The first move is absolute so that each country's path stands alone.
    let d = this.parts.length === 0 ? `M${num(first[0])} ${num(first[1])}` : '';
    if (this.parts.length > 0) d = `m${delta(first[0], this.x)} ${delta(first[1], this.y)}`;
    let [px, py] = first;
    for (let i = 1; i < ring.length; i++) {
      const [x, y] = ring[i]!;
      const dx = delta(x, px);
      const dy = delta(y, py);
      d += `l${dx}${dy.startsWith('-') ? '' : ' '}${dy}`;
      px = x;
      py = y;
    }
    this.parts.push(`${d}z`);
    // After z the current point is the ring's start.
    this.x = first[0];
    this.y = first[1];
  }
}

function clamp(v: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, v));
}

function round(v: number): number {
  return Math.round(v * 10) / 10;
}

function num(v: number): string {
  const s = (Math.round(v * 10) / 10).toFixed(1).replace(/\.0$/, '');
  return s === '-0' ? '0' : s;
}

function delta(to: number, from: number): string {
  return num(Math.round((to - from) * 10) / 10);
}

function polygonsOf(g: AtlasGeometry): PolygonGeometry[] {
  if (g.type === 'Polygon') return [{ type: 'Polygon', arcs: g.arcs }];
  if (g.type === 'MultiPolygon') return g.arcs.map((arcs) => ({ type: 'Polygon', arcs }));
  return [];
}

function main(): void {
  const outArg = process.argv.indexOf('--out');
  const out = resolve(outArg > 0 ? process.argv[outArg + 1]! : 'data/world-map.json');
  const atlasPath = require.resolve(`world-atlas/${ATLAS}`);
  const atlasPkg = JSON.parse(
    readFileSync(resolve(dirname(atlasPath), 'package.json'), 'utf8'),
  ) as {
    version: string;
  };
  const topology = JSON.parse(readFileSync(atlasPath, 'utf8')) as CountriesTopology;
  const phoneMetadata = JSON.parse(
    readFileSync(require.resolve('libphonenumber-js/metadata.max.json'), 'utf8'),
  ) as { countries: Record<string, unknown> };

  // 1. Every polygon of the atlas goes to one region.
  const byRegion = new Map<string, PolygonGeometry[]>();
  for (const g of topology.objects.countries.geometries) {
    const properties: { name?: string } | null | undefined = g.properties;
    const name = properties?.name ?? '';
    const region = g.id === undefined ? UNNUMBERED[name] : countries.numericToAlpha2(g.id);
    if (region === undefined) throw new Error(`no region for atlas feature ${g.id} ${name}`);
    if (region === null || NO_SHAPE.has(region)) continue;
    for (const polygon of polygonsOf(g)) {
      const target = splitTarget(region, polygonFeature(topology, polygon));
      const list = byRegion.get(target) ?? [];
      list.push(polygon);
      byRegion.set(target, list);
    }
  }

  // 2. Simplify (after the split, which needs the true centroids), dissolve each region's
  // polygons (no inner border where two features met), then project.
  simplifyArcs(topology, TOLERANCE);
  const regionFeatures = new Map<string, Feature<Polygon | MultiPolygon>>();
  for (const region of [...byRegion.keys()].sort()) {
    const geometry = withoutInverted(merge(topology, byRegion.get(region)!));
    if (geometry) regionFeatures.set(region, { type: 'Feature', properties: {}, geometry });
  }
  const collection: FeatureCollection = { type: 'FeatureCollection', features: [] };
  collection.features.push(...regionFeatures.values());
  const projection = geoNaturalEarth1().fitWidth(WIDTH, collection);
  const [[, y0], [, y1]] = geoPath(projection).bounds(collection);
  const height = Math.ceil(y1 - y0);
  // fitWidth centres vertically on the features' extent; shift to start at 0.
  const [tx, ty] = projection.translate();
  projection.translate([tx, ty - y0]);

  const paths: Record<string, string> = {};
  for (const [region, f] of regionFeatures) {
    const writer = new PathWriter();
    geoPath(projection, writer)(f);
    const d = writer.result();
    if (d !== '') paths[region] = d;
  }

  // 3. A point for every region: the centroid of its largest polygon, or a known town.
  const regions = new Set([
    ...Object.keys(countries.getAlpha2Codes()),
    ...Object.keys(phoneMetadata.countries),
    ...Object.keys(KNOWN_POINTS),
  ]);
  regions.delete('001');
  const points: Record<string, [number, number]> = {};
  for (const region of [...regions].sort()) {
    const known = KNOWN_POINTS[region];
    const f = regionFeatures.get(region);
    const lonLat = known ?? (f ? geoCentroid(largestPolygon(f)) : centroidOfSkipped(region));
    const p = projection([lonLat[0], lonLat[1]]);
    if (!p) throw new Error(`cannot project ${region}`);
    // Clamped so that every point is drawable (Antarctica's would fall below the frame).
    points[region] = [round(clamp(p[0], 0, WIDTH)), round(clamp(p[1], 0, height))];
  }

  const json = serialise({
    source: `world-atlas ${atlasPkg.version} ${ATLAS} (Natural Earth 1:50m), geoNaturalEarth1`,
    version: FORMAT_VERSION,
    width: WIDTH,
    height,
    countries: paths,
    points,
  });
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, json);
  console.log(
    `${out}: ${Object.keys(paths).length} shapes, ${Object.keys(points).length} points, ` +
      `${WIDTH}x${height}, ${json.length} bytes`,
  );

  function centroidOfSkipped(region: string): [number, number] {
    // Antarctica: shape left out on purpose, point kept for completeness.
    const g = topology.objects.countries.geometries.find(
      (x) => x.id !== undefined && countries.numericToAlpha2(x.id) === region,
    );
    if (!g) throw new Error(`no shape and no known point for region ${region}`);
    const f = feature(topology as Topology, g as GeometryObject) as Feature<Polygon | MultiPolygon>;
    const [lon, lat] = geoCentroid(largestPolygon(f));
    return [lon, lat];
  }
}

/**
 * Douglas-Peucker on the topology's arcs, in degrees, before anything is cut or merged: borders
 * are shared arcs, so neighbours stay seamless. Arc ends are kept, hence every junction too.
 */
function simplifyArcs(topology: Topology, tolerance: number): void {
  const t = topology.transform;
  if (!t) throw new Error('expected a quantized topology');
  const [sx, sy] = t.scale;
  const [ox, oy] = t.translate;
  topology.arcs = topology.arcs.map((arc) => {
    // Delta-encoded quantized positions to absolute degrees.
    let qx = 0;
    let qy = 0;
    const q: Array<[number, number]> = arc.map(([dx, dy]) => {
      qx += dx!;
      qy += dy!;
      return [qx, qy];
    });
    const deg = q.map(([x, y]) => [x * sx + ox, y * sy + oy] as const);
    const keep = new Uint8Array(q.length);
    keep[0] = 1;
    keep[q.length - 1] = 1;
    const stack: Array<[number, number]> = [[0, q.length - 1]];
    while (stack.length > 0) {
      const [a, b] = stack.pop()!;
      let worst = -1;
      let worstDistance = tolerance;
      for (let i = a + 1; i < b; i++) {
        const d = segmentDistance(deg[i]!, deg[a]!, deg[b]!);
        if (d > worstDistance) {
          worst = i;
          worstDistance = d;
        }
      }
      if (worst > 0) {
        keep[worst] = 1;
        stack.push([a, worst], [worst, b]);
      }
    }
    const out: Array<[number, number]> = [];
    let px = 0;
    let py = 0;
    for (let i = 0; i < q.length; i++) {
      if (!keep[i]) continue;
      const [x, y] = q[i]!;
      out.push([x - px, y - py]);
      px = x;
      py = y;
    }
    return out;
  });
}

function segmentDistance(
  p: readonly [number, number],
  a: readonly [number, number],
  b: readonly [number, number],
): number {
  const vx = b[0] - a[0];
  const vy = b[1] - a[1];
  const wx = p[0] - a[0];
  const wy = p[1] - a[1];
  const len2 = vx * vx + vy * vy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, (wx * vx + wy * vy) / len2));
  return Math.hypot(wx - t * vx, wy - t * vy);
}

/**
 * A ring simplified down to a sliver can flip its winding, and d3 then reads it as the whole
 * sphere but an island. Such polygons were too small to draw anyway: drop them.
 */
function withoutInverted(g: MultiPolygon): MultiPolygon | null {
  const coordinates = g.coordinates.filter(
    (rings) => geoArea({ type: 'Polygon', coordinates: rings }) < 2 * Math.PI,
  );
  return coordinates.length > 0 ? { type: 'MultiPolygon', coordinates } : null;
}

function polygonFeature(topology: CountriesTopology, polygon: PolygonGeometry): Feature<Polygon> {
  return feature(topology as Topology, polygon as GeometryObject) as Feature<Polygon>;
}

function splitTarget(region: string, f: Feature<Polygon>): string {
  const children = SPLITS[region];
  if (!children) return region;
  const c = geoCentroid(f);
  let best = region;
  let bestDistance = SPLIT_RADIUS;
  for (const child of children) {
    const p = KNOWN_POINTS[child]!;
    const d = geoDistance(c, [p[0], p[1]]);
    if (d < bestDistance) {
      best = child;
      bestDistance = d;
    }
  }
  return best;
}

function largestPolygon(f: Feature<Polygon | MultiPolygon>): Feature<Polygon> {
  if (f.geometry.type === 'Polygon') return f as Feature<Polygon>;
  let best: Feature<Polygon> | undefined;
  let bestArea = -1;
  for (const coordinates of f.geometry.coordinates) {
    const p: Feature<Polygon> = {
      type: 'Feature',
      properties: {},
      geometry: { type: 'Polygon', coordinates },
    };
    const a = geoArea(p);
    if (a > bestArea) {
      best = p;
      bestArea = a;
    }
  }
  return best!;
}

/** Stable, line-per-entry JSON (keys already inserted in sorted order). */
function serialise(map: {
  source: string;
  version: number;
  width: number;
  height: number;
  countries: Record<string, string>;
  points: Record<string, [number, number]>;
}): string {
  const entries = (o: Record<string, unknown>): string =>
    Object.keys(o)
      .sort()
      .map((k) => `    ${JSON.stringify(k)}: ${JSON.stringify(o[k])}`)
      .join(',\n');
  return [
    '{',
    `  "source": ${JSON.stringify(map.source)},`,
    `  "version": ${map.version},`,
    `  "width": ${map.width},`,
    `  "height": ${map.height},`,
    '  "countries": {',
    entries(map.countries),
    '  },',
    '  "points": {',
    entries(map.points),
    '  }',
    '}',
    '',
  ].join('\n');
}

main();
