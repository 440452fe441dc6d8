/**
 * A map of a place, drawn on the server as SVG from the world-atlas package (Natural Earth
 * land at 1:50m) with d3-geo: no tile server, no request leaves the machine, no JavaScript.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { geoAzimuthalEqualArea, geoGraticule10, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { FeatureCollection, Feature } from 'geojson';

/** Drawing size in SVG units (scaled by CSS). */
const WIDTH = 640;
const HEIGHT = 400;
/** Degrees of arc from the point to the edge of the visible disc (about 2,200 km). */
const VIEW_RADIUS_DEGREES = 20;
/** Scale that makes VIEW_RADIUS_DEGREES reach the edge of the drawing. */
const SCALE = 900;

export interface MapPoint {
  lat: number;
  lon: number;
  label: string;
}

let land: FeatureCollection | Feature | undefined;

function loadLand(): FeatureCollection | Feature {
  if (!land) {
    const require = createRequire(import.meta.url);
    const topology = JSON.parse(readFileSync(require.resolve('world-atlas/land-50m.json'), 'utf8')) as Topology<{ land: GeometryCollection }>;
    land = feature(topology, topology.objects.land);
  }
  return land;
}

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

/** An SVG map centred on the first point, with every point marked and labelled. */
export function placeMap(points: readonly MapPoint[], title: string): string {
  const centre = points[0]!;
  const projection = geoAzimuthalEqualArea()
    .rotate([-centre.lon, -centre.lat])
    .clipAngle(VIEW_RADIUS_DEGREES * 1.6)
    .scale(SCALE)
    .translate([WIDTH / 2, HEIGHT / 2])
    .precision(0.5);
  const path = geoPath(projection).digits(1);
  const marks = points.map((p) => {
    const xy = projection([p.lon, p.lat]);
    if (!xy) return '';
    const [x, y] = xy;
    return `<g><circle class="site" fill="#6b2c2c" stroke="#fff" stroke-width="2" cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="6"/><text class="label" font-family="sans-serif" font-size="14" fill="#1f1d1a" stroke="#fff" stroke-width="3" paint-order="stroke" x="${(x + 10).toFixed(1)}" y="${(y + 5).toFixed(1)}">${escapeXml(p.label)}</text></g>`;
  });
  const t = escapeXml(title);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-label="${t}"><title>${t}</title>` +
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="#dfe8ec"/>` +
    `<path class="graticule" fill="none" stroke="#c4ced2" stroke-width="0.5" d="${path(geoGraticule10()) ?? ''}"/>` +
    `<path class="land" fill="#ece6d9" stroke="#b9b0a0" stroke-width="0.6" d="${path(loadLand()) ?? ''}"/>` +
    `${marks.join('')}</svg>`
  );
}
