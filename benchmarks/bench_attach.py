"""Time ``borders.attach`` against geopandas ``to_crs`` + ``sjoin_nearest`` in the same run.

1,000,000 random points in the region (``geoconflict.region.REGION_BBOX``, seed 7) and the
shipped border segments. Prints the speed ratio (wall clock; CPU time beside it, for a shared
machine), the agreement on nearest segment and distance (within 1 m), and the peak memory
(ru_maxrss) after our run and after both.
"""

from __future__ import annotations

import resource
import sys
import time

import numpy as np
import pandas as pd

N = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def main() -> int:
    from geoconflict import borders
    from geoconflict.region import REGION_BBOX

    rng = np.random.default_rng(7)
    x0, y0, x1, y1 = REGION_BBOX
    lon = rng.uniform(x0, x1, N)
    lat = rng.uniform(y0, y1, N)

    t = time.perf_counter()
    borders.attach(lon[:10], lat[:10], at="2024-01-01")  # loads files, builds the indexes
    warm = time.perf_counter() - t

    t, c = time.perf_counter(), time.process_time()
    ours = borders.attach(lon, lat, at="2024-01-01")
    t_ours, c_ours = time.perf_counter() - t, time.process_time() - c
    mem_ours = peak_mb()

    segs = borders.load_segments()
    joined, t_gpd, c_gpd = _geopandas_nearest(lon, lat, segs)
    mem_all = peak_mb()
    same_seg, close = _agreement(lon, lat, ours, joined)
    agree = same_seg & close
    within = int(pd.notna(ours["border_segment"].to_numpy(dtype=object)).sum())

    print(f"points: {N:,} random in {REGION_BBOX}; segments: {len(segs)}")
    print(f"index build + file load (once per process): {warm:.2f} s")
    print(f"attach (nearest segment, km, side, status): {t_ours:.2f} s (CPU {c_ours:.2f} s)")
    print(f"geopandas to_crs + sjoin_nearest:            {t_gpd:.2f} s (CPU {c_gpd:.2f} s)")
    print(f"speed ratio: {t_gpd / t_ours:.1f}x (target >= 5x; CPU time {c_gpd / c_ours:.1f}x)")
    print(f"same nearest segment: {same_seg.mean() * 100:.3f} %; distance within 1 m: "
          f"{close.mean() * 100:.3f} %; both: {agree.mean() * 100:.3f} % (target >= 99.9 %)")
    print(f"points within 25 km of a segment: {within:,}")
    print(f"peak memory (ru_maxrss): {mem_ours:.0f} MB after attach, {mem_all:.0f} MB after"
          " both (target <= 2048 MB)")
    ok = t_gpd / t_ours >= 5 and agree.mean() >= 0.999 and mem_all <= 2048
    print("OK" if ok else "TARGET MISSED")
    return 0


def _geopandas_nearest(lon: np.ndarray, lat: np.ndarray, segs):
    """The baseline: geopandas ``to_crs`` + ``sjoin_nearest`` of the points to the segments;
    the joined frame, its wall and its CPU seconds."""
    import geopandas as gpd

    from geoconflict.region import REGION_CRS

    t, c = time.perf_counter(), time.process_time()
    pts = gpd.GeoDataFrame(geometry=gpd.points_from_xy(lon, lat), crs="EPSG:4326")
    pts_m = pts.to_crs(REGION_CRS)
    segs_m = segs[["id", "geometry"]].to_crs(REGION_CRS)
    joined = gpd.sjoin_nearest(pts_m, segs_m, how="left", distance_col="dist")
    return joined, time.perf_counter() - t, time.process_time() - c


def _agreement(lon: np.ndarray, lat: np.ndarray, ours, joined) -> tuple[np.ndarray, np.ndarray]:
    """Per point: whether ours and geopandas' nearest segment agree, and whether the
    distances agree within 1 m."""
    from geoconflict import borders

    # sjoin_nearest returns every tied segment: a point agrees when our segment is among
    # them (or when our segment's distance equals the nearest within 1 m) and our
    # distance is within 1 m of geopandas'.
    best = joined.groupby(level=0)["dist"].min().to_numpy()
    ids = joined.groupby(level=0)["id"].agg(set)
    # attach leaves border_segment empty beyond max_km: compare with max_km unlimited
    far = borders.attach(lon, lat, at="2024-01-01", max_km=1e9)["border_segment"].to_numpy(
        dtype=object)
    same_seg = np.fromiter((s in tied for s, tied in zip(far, ids, strict=True)), bool, N)
    close = np.abs(ours["border_km"].to_numpy() * 1000 - best) <= 1.0
    return same_seg, close


if __name__ == "__main__":
    raise SystemExit(main())
