#!/usr/bin/env bash
# Runs every fuzz target (or the ones named) for SECONDS each, one after the other, and
# keeps what crashes as a regression input (fuzz/regressions/TARGET/, replayed by
# tests/fuzz_regressions.rs). Needs cargo-fuzz (cargo install cargo-fuzz); on a stable
# toolchain RUSTC_BOOTSTRAP=1 lets it pass its -Z flags.
#
#   scripts/fuzz.sh 600                 # every target, 10 minutes each
#   scripts/fuzz.sh 60 query url_params # two targets, a minute each
set -euo pipefail
cd "$(dirname "$0")/../fuzz"
seconds="${1:-60}"
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  mapfile -t targets < <(ls fuzz_targets | sed 's/\.rs$//')
fi
export RUSTC_BOOTSTRAP=1
# Memory safety is Rust's; the fuzzers look for panics, overflows, hangs and blow-ups.
cargo fuzz build -s none -O >/dev/null
seed_corpus() {
  local target="$1" dir="corpus/$1"
  mkdir -p "$dir"
  local shared="../../shared/corpora"
  case "$target" in
    read_text|extract) cp ../corpus/*.txt "$dir"/ 2>/dev/null || true
      [ -d "$shared/bbc" ] && find "$shared/bbc" -name '00[1-3].txt' -exec cp {} "$dir"/ \; ;;
    read_sgml) [ -f "$shared/reuters21578/reut2-000.sgm" ] && head -c 20000 "$shared/reuters21578/reut2-000.sgm" > "$dir/reut2-000-head.sgm" ;;
    read_sidecar|read_json) cp ../corpus/*.json "$dir"/ 2>/dev/null || true ;;
  esac
}
for target in "${targets[@]}"; do
  seed_corpus "$target"
  mkdir -p "regressions/$target" "artifacts/$target"
  started=$(date +%s)
  status=0
  cargo fuzz run -s none -O "$target" "corpus/$target" "regressions/$target" -- \
    -max_total_time="$seconds" -timeout=20 -rss_limit_mb=4096 -max_len=65536 -print_final_stats=1 \
    -artifact_prefix="artifacts/$target/" >"artifacts/$target.log" 2>&1 || status=$?
  elapsed=$(( $(date +%s) - started ))
  runs=$(grep -o 'stat::number_of_executed_units: [0-9]*' "artifacts/$target.log" | awk '{print $2}' | tail -1)
  if [ "$status" -eq 0 ]; then
    echo "$target: ${elapsed} s, ${runs:-?} runs, no finding"
  else
    for found in "artifacts/$target"/*; do
      [ -f "$found" ] && cp "$found" "regressions/$target/"
    done
    echo "$target: FINDING after ${elapsed} s (see fuzz/artifacts/$target.log; input saved in fuzz/regressions/$target/)"
  fi
done
