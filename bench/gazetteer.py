#!/usr/bin/env python3
"""The gazetteer's cold build against its warm load from the disk cache, and lookup speed, as
ratios taken in one run (machines are noisy).

    .venv/bin/python bench/gazetteer.py [--repeat N] [--lookups N]

The build runs in a temporary cache dir (the user's cache is left alone); the warm load is timed
in fresh processes, as a new ``bilan`` run would pay it. The target: warm load <= 2 s.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bilan.resolve.gazetteer import load, name_key

NAMES = ["Alep", "Tripoli", "Kaboul", "Tombouctou", "Khan Cheikhoun", "Marioupol", "Goma", "Sanaa",
         "Saint-Louis", "Nowhere-sur-Mer"]
WARM = "import time; t = time.perf_counter(); from bilan.resolve.gazetteer import load; load(); " \
       "print(time.perf_counter() - t)"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    parser.add_argument("--repeat", type=int, default=3, help="warm loads to time (best kept)")
    parser.add_argument("--lookups", type=int, default=200_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        cache = Path(tmp)
        start = time.perf_counter()
        gazetteer = load(cache)
        cold = time.perf_counter() - start
        env = {**os.environ, "BILAN_CACHE": str(cache)}
        warm = min(float(subprocess.run([sys.executable, "-c", WARM], env=env, check=True,
                                        capture_output=True, text=True).stdout)
                   for _ in range(args.repeat))
        size = sum(f.stat().st_size for f in cache.glob("gazetteer-*.marshal"))
    keys = [name_key(n) for n in NAMES]
    start = time.perf_counter()
    for i in range(args.lookups):
        gazetteer.lookup_key(keys[i % len(keys)])
    per_lookup = (time.perf_counter() - start) / args.lookups
    print(f"gazetteer: {len(gazetteer)} places, {len(gazetteer.index)} names, cache {size / 1e6:.1f} MB")
    print(f"cold build  {cold:6.2f} s")
    print(f"warm load   {warm:6.2f} s  (best of {args.repeat} fresh processes; cold/warm = "
          f"{cold / warm:.0f}x; target <= 2 s: {'met' if warm <= 2 else 'MISSED'})")
    print(f"lookup      {per_lookup * 1e6:6.2f} us  (dict index: constant time)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
