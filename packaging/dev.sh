#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# CityLab's one entry point for developers and CI:
#   packaging/dev.sh run [citylab args]   build and open CityLab on the demo database
#   packaging/dev.sh test                 build and run the whole ctest suite
#   packaging/dev.sh bench [FILTER]       build and run the benchmarks in tests/bench
#   packaging/dev.sh reliability [short]  fault injection and fuzzing: long pass (short: as CI)
#   packaging/dev.sh package [--check]    build the .deb for Debian 13 and check it with lintian;
#                                         --check installs it in a fresh Debian 13 root and runs it
#   packaging/dev.sh exec CMD...          run CMD in the build environment, from the checkout root
#   packaging/dev.sh build                only build
#
# On a host with Qt >= 6.8, Qt Location and QCustomPlot it builds natively. Elsewhere
# (Debian 12 has Qt 6.4 and no Qt Location) it makes a Debian 13 root once with
# mmdebstrap, cached outside the checkout and keyed by the package list, and runs
# everything inside it with bwrap. CITYLAB_NATIVE=1 or 0 forces the choice.
set -euo pipefail

src=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
pkglist="$src/packaging/sysroot-packages.txt"
build="$src/build"
mirror=${CITYLAB_MIRROR:-http://deb.debian.org/debian}

say() { printf 'dev.sh: %s\n' "$*" >&2; }
die() { say "$*"; exit 1; }

usage() {
    sed -n '3,9p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2
    exit 2
}

# --- choosing native or root ------------------------------------------------------------

native_ok() {
    case "${CITYLAB_NATIVE:-}" in 1) return 0 ;; 0) return 1 ;; esac
    local qtpaths ver
    qtpaths=$(command -v qtpaths6 || command -v qtpaths-qt6 || true)
    [ -n "$qtpaths" ] || [ -x /usr/lib/qt6/bin/qtpaths ] && qtpaths=${qtpaths:-/usr/lib/qt6/bin/qtpaths}
    [ -n "$qtpaths" ] || return 1
    ver=$("$qtpaths" --qt-query QT_VERSION 2>/dev/null || true)
    [ -n "$ver" ] || return 1
    # sort -V puts the smaller first: 6.8 must not be greater than the found version
    [ "$(printf '%s\n6.8.0\n' "$ver" | sort -V | head -n1)" = "6.8.0" ] || return 1
    compgen -G "/usr/lib/*/cmake/Qt6Location/Qt6LocationConfig.cmake" >/dev/null || return 1
    compgen -G "/usr/lib/*/cmake/QCustomPlotQt6/*.cmake" >/dev/null || return 1
    command -v cmake >/dev/null && command -v ninja >/dev/null
}

packages() { sed -e 's/#.*//' -e '/^[[:space:]]*$/d' "$pkglist" | tr -s '[:space:]' '\n'; }

rootdir() {
    local cache key
    cache=${CITYLAB_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/citylab}
    key=$(packages | sha256sum | cut -c1-16)
    printf '%s/sysroot-%s' "$cache" "$key"
}

# Builds the root into a temporary folder and renames it when complete, so an
# interrupted build leaves no half root behind to be mistaken for a good one.
ensure_root() {
    local root tmp
    root=$(rootdir)
    [ -f "$root/.citylab-complete" ] && return 0
    local need=()
    command -v mmdebstrap >/dev/null || need+=(mmdebstrap)
    command -v bwrap >/dev/null || need+=(bubblewrap)
    if [ ${#need[@]} -gt 0 ]; then
        say "installing ${need[*]} (needed to make the Debian 13 build root)"
        local sudo=""; [ "$(id -u)" -eq 0 ] || sudo=sudo
        $sudo apt-get update -qq
        DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need[@]}" >/dev/null
    fi
    mkdir -p "$(dirname "$root")"
    rm -rf "$(dirname "$root")"/sysroot-*.partial.* 2>/dev/null || true
    tmp="$root.partial.$$"
    say "making the Debian 13 build root in $root (once, a few minutes)"
    local t0=$SECONDS mode=auto
    [ "$(id -u)" -eq 0 ] && mode=root
    mmdebstrap --mode="$mode" --variant=apt --format=directory \
        --include="$(packages | paste -sd, -)" \
        --aptopt='Acquire::Retries "3"' \
        --dpkgopt='path-exclude=/usr/share/doc/*' \
        --dpkgopt='path-exclude=/usr/share/man/*' \
        --dpkgopt='path-include=/usr/share/doc/*/copyright' \
        trixie "$tmp" "$mirror" >"$tmp.log" 2>&1 || {
            tail -n 30 "$tmp.log" >&2; rm -rf "$tmp"; die "could not make the build root (log above)"; }
    touch "$tmp/.citylab-complete"
    mv "$tmp.log" "$tmp/.citylab-mmdebstrap.log"
    rm -rf "$root"
    mv "$tmp" "$root"
    say "build root ready in $((SECONDS - t0)) s"
}

# Runs "$@" inside the root: the checkout and $HOME are shared with the host, so the
# build folder, the demo database and the settings are the same inside and out.
in_root() {
    local root args
    root=$(rootdir)
    args=(--bind "$root" / --dev /dev --proc /proc --tmpfs /tmp --tmpfs /run
          --ro-bind /sys /sys --bind "$src" "$src" --chdir "$PWD" --die-with-parent
          --setenv CITYLAB_IN_ROOT 1 --setenv PATH /usr/local/bin:/usr/bin:/bin)
    [ -d "$HOME" ] && [ "$HOME" != / ] && args+=(--bind "$HOME" "$HOME")
    [ -d /tmp/.X11-unix ] && args+=(--bind /tmp/.X11-unix /tmp/.X11-unix)
    [ -n "${XAUTHORITY:-}" ] && [ -f "$XAUTHORITY" ] && args+=(--ro-bind "$XAUTHORITY" "$XAUTHORITY")
    if [ -n "${XDG_RUNTIME_DIR:-}" ] && [ -d "$XDG_RUNTIME_DIR" ]; then
        args+=(--bind "$XDG_RUNTIME_DIR" "$XDG_RUNTIME_DIR")
    fi
    [ -e /dev/dri ] && args+=(--dev-bind /dev/dri /dev/dri)
    # A small file system for the reliability suite's full-disk probe.
    args+=(--size $((16 * 1024 * 1024)) --tmpfs /var/citylab-full --setenv CITYLAB_FULL_DISK /var/citylab-full)
    bwrap "${args[@]}" "$@"
}

# Runs "$@" natively or in the root, whichever this host needs.
in_env() {
    if [ -n "${CITYLAB_IN_ROOT:-}" ] || native_ok; then "$@"; else ensure_root; in_root "$@"; fi
}

# --- the verbs ----------------------------------------------------------------------------

do_build() {
    if [ ! -f "$build/build.ninja" ]; then
        cmake -S "$src" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
    fi
    cmake --build "$build" --parallel "$(nproc)"
}

do_test() {
    do_build
    # the short fuzz pass first, so that ctest's summary closes the output
    do_fuzz 20
    # map and GUI tests run under Xvfb with the real OpenGL path (see DESIGN.md)
    xvfb-run -a -s "-screen 0 1600x1000x24" \
        ctest --test-dir "$build" --output-on-failure --timeout 600 -j "$(nproc)"
}

# Builds the libFuzzer targets of tests/fuzz with clang, AddressSanitizer and UBSan, and runs
# each for $1 seconds over its seeds (the tests' example files and the demo's zones).
# Prints "probe fuzz-NAME trials RUNS failures 0|1"; returns non-zero on a crash.
do_fuzz() {
    local seconds=$1 fuzz="$src/build-fuzz" status=0
    # quiet when it builds; the compiler's words when it does not (a CI run stopped here
    # once with nothing but an exit status)
    if [ ! -f "$fuzz/build.ninja" ]; then
        CXX=clang++ cmake -S "$src/tests/fuzz" -B "$fuzz" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >"$build/fuzz-configure.log" 2>&1 \
            || { cat "$build/fuzz-configure.log" >&2; die "the fuzz targets could not be configured"; }
    fi
    cmake --build "$fuzz" --parallel "$(nproc)" >"$build/fuzz-build.log" 2>&1 \
        || { tail -n 60 "$build/fuzz-build.log" >&2; die "the fuzz targets do not build (tests/fuzz/CMakeLists.txt lists the readers' sources)"; }
    local seeds="$fuzz/seeds" demo="$fuzz/seeds/demo.citylab"
    rm -rf "$seeds"; mkdir -p "$seeds/zonefile" "$seeds/measurementcsv" "$seeds/track"
    cp "$src"/tests/fuzz/seeds/geojson/* "$src"/tests/fuzz/seeds/kml/* "$seeds/zonefile/"
    cp "$src"/tests/fuzz/seeds/csv/* "$seeds/measurementcsv/"
    # tracks: the first byte names the file (0 GPX, 1 GeoJSON, 2 CSV)
    { printf '\0'; cat "$src/tests/fuzz/seeds/track/flight.gpx"; } >"$seeds/track/flight.gpx"
    { printf '\1'; cat "$src/tests/fuzz/seeds/track/flight.geojson"; } >"$seeds/track/flight.geojson"
    { printf '\2'; cat "$src/tests/fuzz/seeds/track/italian.csv"; } >"$seeds/track/italian.csv"
    { printf '\2'; cat "$src/tests/fuzz/seeds/track/iso.csv"; } >"$seeds/track/iso.csv"
    # the demo's zones, every shape, as GeoJSON (first byte 0) and KML (1)
    "$build/app/citylab" demo --db "$demo" >/dev/null
    for format in geojson kml; do
        "$build/app/citylab" export zones --db "$demo" --out "$seeds/demo.$format" >/dev/null
    done
    { printf '\0'; cat "$seeds/demo.geojson"; } >"$seeds/zonefile/demo.geojson"
    { printf '\1'; cat "$seeds/demo.kml"; } >"$seeds/zonefile/demo.kml"
    local name corpus runs
    for name in zonefile measurementcsv track; do
        corpus="$fuzz/corpus-$name"; mkdir -p "$corpus"
        if "$fuzz/fuzz_$name" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
            -print_final_stats=1 -artifact_prefix="$fuzz/crash-$name-" "$corpus" "$seeds/$name" >"$fuzz/$name.log" 2>&1; then
            runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$fuzz/$name.log" | tail -n1)
            printf 'probe fuzz-%s trials %s failures 0\n' "$name" "${runs:-0}"
        else
            runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$fuzz/$name.log" | tail -n1)
            printf 'probe fuzz-%s trials %s failures 1\n' "$name" "${runs:-0}"
            grep -E 'ERROR|SUMMARY|Test unit written' "$fuzz/$name.log" | head -n 5 >&2
            status=1
        fi
    done
    return $status
}

# Fault injection and fuzzing, long by default (about 20 minutes), short as in CI.
do_reliability() {
    local mode=${1:-long} trials=25 rounds=200 seconds=300 seeds=500 status=0
    if [ "$mode" = short ]; then trials=5; rounds=20; seconds=20; seeds=50; fi
    do_build
    local log="$build/reliability"; rm -rf "$log"; mkdir -p "$log"
    export QT_QPA_PLATFORM=offscreen QT_FATAL_CRITICALS=1 LC_ALL=C.UTF-8
    CITYLAB_RELIABILITY_TRIALS=$trials "$build/tests/tst_reliability" >"$log/probes.txt" 2>&1 || status=1
    CITYLAB_WRITER_ROUNDS=$rounds "$build/tests/tst_concurrentwriters" >"$log/writers.txt" 2>&1 || status=1
    CITYLAB_SYNC_SEEDS=$seeds "$build/tests/tst_syncconvergence" >"$log/sync.txt" 2>&1 || status=1
    CITYLAB_SYNC_FAULT_TRIALS=$trials "$build/tests/tst_syncfaults" >"$log/syncfaults.txt" 2>&1 || status=1
    local locks=0 lockfail=0 i
    for i in $(seq 1 $((trials / 5 + 1))); do
        locks=$((locks + 1))
        xvfb-run -a "$build/tests/tst_storelocks" >>"$log/locks.txt" 2>&1 || lockfail=$((lockfail + 1))
    done
    do_fuzz "$seconds" >"$log/fuzz.txt" || status=1
    {
        sed -n 's/.*\(probe .*\)/\1/p' "$log/probes.txt"
        sed -n 's/.* \([0-9]*\) rounds of 5 writers at once: \([0-9]*\) failed.*/probe concurrent-writers trials \1 failures \2/p' "$log/writers.txt"
        printf 'probe lock-loss trials %s failures %s\n' "$locks" "$lockfail"
        sed -n 's/.*\(probe sync-convergence .*\)/\1/p' "$log/sync.txt"
        sed -n 's/.*\(probe sync-kill trials [0-9]* failures [0-9]*\).*/\1/p' "$log/syncfaults.txt"
        cat "$log/fuzz.txt"
    } | awk 'BEGIN { printf "%-40s %10s %9s\n", "probe", "trials", "failures" }
             { printf "%-40s %10s %9s\n", $2, $4, $6; total += $6 }
             END { printf "%d failures in all\n", total }'
    [ $status -eq 0 ] || say "a probe failed: its log is in $log"
    return $status
}

demo_db() {
    local data=${XDG_DATA_HOME:-$HOME/.local/share}/CityLab
    printf '%s/demo.citylab' "$data"
}

do_run() {
    do_build
    local db; db=$(demo_db)
    if [ ! -f "$db" ]; then
        mkdir -p "$(dirname "$db")"
        "$build/app/citylab" demo --db "$db"
    fi
    local has_db=0 a
    for a in "$@"; do [ "$a" = --db ] && has_db=1; done
    local dbargs=(); [ $has_db -eq 1 ] || dbargs=(--db "$db")
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
        local shots="$build/screenshots"
        rm -rf "$shots"; mkdir -p "$shots"
        say "no display: running under Xvfb and saving screenshots"
        # citylab prints the path of every screenshot it saves
        xvfb-run -a -s "-screen 0 1600x1000x24" \
            "$build/app/citylab" "${dbargs[@]}" "$@" --screenshot "$shots"
    else
        exec "$build/app/citylab" "${dbargs[@]}" "$@"
    fi
}

do_bench() {
    do_build
    local filter=${1:-} data="$build/bench-data" logs="$build/bench-logs"
    mkdir -p "$data" "$logs"
    rm -f "$logs"/*.log
    [ -f "$data/scale100.citylab" ] || "$build/app/citylab" demo --db "$data/scale100.citylab" --scale 100
    [ -f "$data/demo.citylab" ] || "$build/app/citylab" demo --db "$data/demo.citylab"
    local found=0 b name
    for b in "$build"/tests/bench/bench_*; do
        [ -f "$b" ] && [ -x "$b" ] || continue
        name=$(basename "$b")
        # only benchmarks that still have a source (a renamed one may linger in build/)
        [ -f "$src/tests/bench/$name.cpp" ] || continue
        case "$name" in *"$filter"*) ;; *) continue ;; esac
        found=1
        say "running $name"
        CITYLAB_BENCH_DATA="$data" CITYLAB_BIN="$build/app/citylab" \
            xvfb-run -a -s "-screen 0 1600x1000x24" "$b" 2>&1 | tee "$logs/$name.log" \
            || echo "failed $name" >> "$logs/$name.log"
    done
    [ $found -eq 1 ] || die "no benchmark matches '$filter'"
    bench_summary "$logs" "$build/bench-results.csv"
}

# One table of every goal (tests/bench/goals.csv) with what this run measured, also written
# as CSV: a reader sees at once which goals are met.
bench_summary() {
    local logs=$1 out=$2
    cat "$logs"/*.log | awk -v goals="$src/tests/bench/goals.csv" -v csv="$out" '
        /^ratio / { value[$2] = $3 }
        END {
            print "benchmark,value,goal,met,issue" > csv
            printf "\n%-36s %10s %8s  %s\n", "benchmark", "value", "goal", "met"
            while ((getline line < goals) > 0) {
                if (line ~ /^benchmark,/) continue
                split(line, f, ",")
                v = (f[1] in value) ? value[f[1]] : ""
                if (v == "") met = "not run"
                else if (f[2] == "") met = "(no goal)"
                else met = (v + 0 <= f[2] + 0) ? "yes" : "NO"
                printf "%-36s %10s %8s  %s%s\n", f[1], v, f[2] == "" ? "-" : "<= " f[2], met, f[3] == "" ? "" : "  (issue " f[3] ")"
                print f[1] "," v "," f[2] "," met "," f[3] > csv
                listed[f[1]] = 1
            }
            for (n in value) if (!(n in listed)) {
                printf "%-36s %10s %8s  %s\n", n, value[n], "-", "(not in goals.csv)"
                print n "," value[n] ",,," > csv
            }
        }'
    say "bench results written to $out"
}

# The .deb for Debian 13 (CPack's DEB generator, dependencies by dpkg-shlibdeps plus the
# QML modules and plugins named in CMakeLists.txt), in build-package/, checked by lintian:
# errors fail; the warnings accepted are listed, with why, in packaging/lintian-accepted.txt.
do_package() {
    local pkg="$src/build-package" deb
    cmake -S "$src" -B "$pkg" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX=/usr \
        -DCITYLAB_BUILD_TESTS=OFF >/dev/null
    cmake --build "$pkg" --parallel "$(nproc)"
    rm -f "$pkg"/citylab_*.deb
    (cd "$pkg" && cpack -G DEB >/dev/null) || die "cpack could not make the package"
    deb=$(ls "$pkg"/citylab_*.deb)
    say "package: $deb"
    dpkg-deb --field "$deb" Package Version Architecture Depends
    say "lintian:"
    lintian --fail-on error --suppress-tags-from-file "$src/packaging/lintian-accepted.txt" "$deb" \
        || die "lintian found errors in $deb (above)"
    say "lintian: no errors; accepted warnings are listed in packaging/lintian-accepted.txt"
}

# The package as a user's machine sees it: a fresh minimal Debian 13 root without the build
# packages (only Xvfb, for the window's run), the .deb installed there by apt, which must
# find every dependency in Debian, and CityLab run in it: version, demo, check, a report and
# a screenshot of every view. Any missing library, plugin or QML module fails it.
check_package() {
    local deb root log status=0
    deb=$(ls "$src"/build-package/citylab_*.deb 2>/dev/null) || die "no package: run packaging/dev.sh package first"
    command -v mmdebstrap >/dev/null && command -v bwrap >/dev/null \
        || die "the check needs mmdebstrap and bubblewrap (apt-get install mmdebstrap bubblewrap)"
    root=$(mktemp -d "${TMPDIR:-/tmp}/citylab-package-check.XXXXXX")
    log="$root.log"
    say "installing $(basename "$deb") in a fresh Debian 13 root ($root)"
    local mode=auto; [ "$(id -u)" -eq 0 ] && mode=root
    mmdebstrap --mode="$mode" --variant=apt --format=directory --include=xvfb,xauth \
        --customize-hook="copy-in $deb /tmp" \
        --customize-hook="chroot \"\$1\" apt-get install -y /tmp/$(basename "$deb")" \
        trixie "$root" "$mirror" >"$log" 2>&1 || {
            tail -n 40 "$log" >&2; rm -rf "$root"; die "the package does not install with apt (log above)"; }
    local run=(bwrap --bind "$root" / --dev /dev --proc /proc --tmpfs /tmp --tmpfs /run --die-with-parent
               --setenv HOME /tmp --setenv PATH /usr/bin:/bin --setenv LANG C.UTF-8 --chdir /tmp)
    local step
    # the files stay in the root's /var/tmp from one step to the next (each has a fresh /tmp)
    for step in "citylab --version" \
                "citylab demo --db /var/tmp/demo.citylab" \
                "citylab check --db /var/tmp/demo.citylab" \
                "citylab report portfolio --db /var/tmp/demo.citylab --out /var/tmp/portfolio.pdf" \
                "xvfb-run -a -s '-screen 0 1600x1000x24' citylab /var/tmp/demo.citylab --screenshot /var/tmp/shots"; do
        local out
        if ! out=$("${run[@]}" sh -c "$step" 2>&1); then
            printf '%s\n' "$out" >&2; say "FAILED: $step"; status=1; continue
        fi
        # Qt says what it cannot load on stderr and may carry on without it
        if printf '%s' "$out" | grep -Eiq 'is not installed|could not load|cannot open shared object|failed to load|No such file'; then
            printf '%s\n' "$out" >&2; say "FAILED (something did not load): $step"; status=1; continue
        fi
        say "ok: $step"
    done
    local shots
    shots=$(find "$root/var/tmp/shots" -name '*.png' 2>/dev/null | wc -l)
    [ "$shots" -ge 6 ] || { say "FAILED: $shots screenshots of the window, not one per view"; status=1; }
    [ -s "$root/var/tmp/portfolio.pdf" ] || { say "FAILED: no portfolio report"; status=1; }
    rm -rf "$root" "$log"
    [ $status -eq 0 ] || die "the installed package does not work (above)"
    say "the package installs with apt on a fresh Debian 13 root and runs"
}

verb=${1:-}; [ $# -gt 0 ] && shift
case "$verb" in
    build) in_env "$0" __build ;;
    test)  in_env "$0" __test ;;
    run)   in_env "$0" __run "$@" ;;
    bench) in_env "$0" __bench "$@" ;;
    reliability) in_env "$0" __reliability "$@" ;;
    package) in_env "$0" __package
             if [ "${1:-}" = "--check" ]; then check_package; fi ;;
    exec)  [ $# -gt 0 ] || usage; in_env "$@" ;;
    root)  ensure_root; rootdir; echo ;;
    __build) do_build ;;
    __test)  do_test ;;
    __run)   do_run "$@" ;;
    __bench) do_bench "$@" ;;
    __reliability) do_reliability "$@" ;;
    __package) do_package "$@" ;;
    *) usage ;;
esac
