#!/usr/bin/env python3
"""
Writes src/features/venues/assets/beijing-base.geojson, the venue map's base drawn without a tile server: the outline
of Beijing Municipality and of its neighbours Tianjin and Hebei from DCW-GMT (the Digital Chart of the
World as GMT keeps it, LGPL-3.0-or-later), and the rivers and lakes around the city from GSHHG (the
same licence). Both come as Debian packages: apt-get install gmt gmt-dcw gmt-gshhg-high.

The lines are simplified (Douglas-Peucker, about 100 m) and rounded to 4 decimals (about 10 m), which
keeps the file small and is far finer than a venue marker. docs/decisions/0136-venue-map-base.md says
why this data and not another.
"""
import json
import math
import subprocess
import sys
import tempfile
from pathlib import Path

REGION = '114.8/118.3/39.0/41.3'  # Beijing Municipality and a margin of its neighbours
TOLERANCE = 0.001  # degrees, about 100 m
OUT = Path(__file__).resolve().parent.parent / 'src' / 'features' / 'venues' / 'assets' / 'beijing-base.geojson'


def gmt_lines(*args):
    """The segments `gmt coast ... -M` writes, each a list of [lon, lat]."""
    with tempfile.TemporaryDirectory() as scratch:  # gmt leaves its gmt.history in the working directory
        text = subprocess.run(['gmt', 'coast', *args, '-M'], cwd=scratch, check=True, capture_output=True,
                              text=True).stdout
    segments, current = [], []
    for line in text.splitlines():
        if line.startswith('>'):
            if current:
                segments.append(current)
            current = []
        elif line.strip():
            lon, lat = (float(value) for value in line.split()[:2])
            current.append([lon, lat])
    if current:
        segments.append(current)
    return segments


def distance_to_segment(point, start, end):
    (x, y), (x1, y1), (x2, y2) = point, start, end
    dx, dy = x2 - x1, y2 - y1
    if dx == 0 and dy == 0:
        return math.hypot(x - x1, y - y1)
    t = max(0.0, min(1.0, ((x - x1) * dx + (y - y1) * dy) / (dx * dx + dy * dy)))
    return math.hypot(x - x1 - t * dx, y - y1 - t * dy)


def simplify(points):
    """Douglas-Peucker, iterative, keeping both ends."""
    if len(points) < 3:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        farthest, index = 0.0, None
        for i in range(first + 1, last):
            d = distance_to_segment(points[i], points[first], points[last])
            if d > farthest:
                farthest, index = d, i
        if index is not None and farthest > TOLERANCE:
            keep[index] = True
            stack += [(first, index), (index, last)]
    return [point for point, kept in zip(points, keep) if kept]


def rounded(points):
    return [[round(lon, 4), round(lat, 4)] for lon, lat in points]


def ring(points):
    points = rounded(simplify(points))
    return points if points[0] == points[-1] else points + [points[0]]


def region_feature(code, kind, name_en, name_zh, clip):
    extra = ['-R' + REGION] if clip else []
    rings = [ring(segment) for segment in gmt_lines('-E' + code, *extra) if len(segment) > 3]
    return {
        'type': 'Feature',
        'properties': {'kind': kind, 'nameEn': name_en, 'nameZh': name_zh},
        'geometry': {'type': 'MultiPolygon', 'coordinates': [[r] for r in rings if len(r) >= 4]},
    }


def water_features():
    rivers = [rounded(simplify(s)) for s in gmt_lines('-R' + REGION, '-Dh', '-Ir')]
    lakes = [ring(s) for s in gmt_lines('-R' + REGION, '-Dh', '-W2') if len(s) > 3]
    return [
        {'type': 'Feature', 'properties': {'kind': 'river'},
         'geometry': {'type': 'MultiLineString', 'coordinates': [r for r in rivers if len(r) >= 2]}},
        {'type': 'Feature', 'properties': {'kind': 'lake'},
         'geometry': {'type': 'MultiPolygon', 'coordinates': [[r] for r in lakes if len(r) >= 4]}},
    ]


def main():
    features = [
        region_feature('CN.HE', 'neighbour', 'Hebei', '河北省', clip=True),
        region_feature('CN.TJ', 'neighbour', 'Tianjin', '天津市', clip=True),
        region_feature('CN.BJ', 'municipality', 'Beijing', '北京市', clip=False),
        *water_features(),
    ]
    collection = {
        'type': 'FeatureCollection',
        'source': 'DCW-GMT (administrative outlines) and GSHHG (rivers, lakes), through Debian gmt-dcw and '
                  'gmt-gshhg-high; LGPL-3.0-or-later; simplified by scripts/beijing-base-map.py',
        'features': features,
    }
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(collection, ensure_ascii=False, separators=(',', ':')) + '\n', encoding='utf-8')
    print(f'{OUT}: {OUT.stat().st_size} bytes', file=sys.stderr)


if __name__ == '__main__':
    main()
