#!/usr/bin/env bash
# `qcloud-docgen schema` over the curated corpus, whole process, against the cmark-gfm CLI on the
# same files, side by side in one run (the machine is shared: read the ratios, not the times;
# wall time is what the issue measures, CPU time says how much of it two cores hide).
#   Benchmarks/schema-vs-cmark.sh [BASE_REV] [RUNS]
# With BASE_REV, that revision's release build runs too, alternating with this one, and the
# ratio of the two is printed. On Linux the binary links the Swift runtime and Foundation in
# (Package.swift), as it is built for users. Needs the `cmark-gfm` CLI (Debian package cmark-gfm).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
corpus=${CORPUS:-$root/../shared/corpus}
base_rev=${1:-}
runs=${2:-11}
command -v cmark-gfm >/dev/null || { echo "needs the cmark-gfm CLI: apt-get install -y cmark-gfm"; exit 1; }
cd "$root"
swift build -c release --product qcloud-docgen >/dev/null 2>&1
current=$root/.build/release/qcloud-docgen
base=""
if [ -n "$base_rev" ]; then
  work=$(mktemp -d)
  trap 'git -C "$root" worktree remove --force "$work/base" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
  git worktree add --detach "$work/base" "$base_rev" >/dev/null 2>&1
  (cd "$work/base" && swift build -c release --product qcloud-docgen >/dev/null 2>&1)
  base=$work/base/.build/release/qcloud-docgen
fi
python3 - "$current" "$base" "$runs" "$corpus/vpc" "$corpus/clb" "$corpus/cvm" <<'PY'
import glob, os, resource, statistics, subprocess, sys, time
current, base, runs, folders = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4:]
files = sorted(f for d in folders for f in glob.glob(os.path.join(d, "*.md")))
def run(cmd):
    """Wall time and CPU time (user + system, all threads) of one process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
# `schema` runs twice per round: on exactly the files cmark-gfm reads (the comparison the issue
# asks for), and on the three folders as users pass them (which also walks `_alt/`: 308 pages).
times = {k: [] for k in ("current", "current-folders", "base", "base-folders", "cmark")}
for _ in range(runs):
    times["current"].append(run([current, "schema", *files]))
    times["current-folders"].append(run([current, "schema", *folders]))
    if base:
        times["base"].append(run([base, "schema", *files]))
        times["base-folders"].append(run([base, "schema", *folders]))
    times["cmark"].append(run(["cmark-gfm", "-e", "table", *files]))
wall = {k: statistics.median(w for w, _ in v) for k, v in times.items() if v}
cpu = {k: statistics.median(c for _, c in v) for k, v in times.items() if v}
c = wall["cmark"]
def line(label, key):
    print(f"   {label:34s} {wall[key]*1000:6.0f} ms  {wall[key]/c:5.1f}x cmark-gfm   cpu {cpu[key]*1000:5.0f} ms  {cpu[key]/cpu['cmark']:5.1f}x")
print(f"{len(files)} pages, median of {runs} alternating runs (wall time; then CPU time of all threads)")
print(f"   {'cmark-gfm -e table FILES':34s} {c*1000:6.0f} ms                      cpu {cpu['cmark']*1000:5.0f} ms")
line("qcloud-docgen schema FILES", "current")
line("qcloud-docgen schema FOLDERS", "current-folders")
if base:
    line("at base: schema FILES", "base")
    line("at base: schema FOLDERS", "base-folders")
    print(f"   current / base, FILES: wall {wall['current']/wall['base']:.2f}, cpu {cpu['current']/cpu['base']:.2f};"
          f" FOLDERS: wall {wall['current-folders']/wall['base-folders']:.2f}, cpu {cpu['current-folders']/cpu['base-folders']:.2f}")
PY
