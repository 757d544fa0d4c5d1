#!/usr/bin/env bash
# Runs the build's tests N times in a row and reports which runs failed, to tell a flaky test
# (one that fails now and then) from a broken one. A flaky test is a bug to find, not to retry.
#
#   scripts/repeat-tests.sh N                      # mvn -B verify, N times
#   scripts/repeat-tests.sh N MODULE [TEST]        # that module's tests (optionally one class or
#                                                  # Class#method), built with what it needs
#   MVN_PROFILES=fast scripts/repeat-tests.sh N    # with Maven profiles (fast: no models, no
#                                                  # shared data, no slow tests)
#   MVN_OFFLINE=1 …                                # offline (-o)
#
# Logs of failed runs are kept in target/repeat-tests/; exit status is 1 when any run failed.
set -uo pipefail
cd "$(dirname "$0")/.."

usage() {
  echo "usage: $0 N [MODULE [TEST]]" >&2
  exit 2
}
[[ $# -ge 1 && $# -le 3 ]] || usage
runs=$1
[[ $runs =~ ^[1-9][0-9]*$ ]] || { echo "N must be a positive whole number, not '$runs'" >&2; usage; }
module=${2:-}
test=${3:-}
if [[ -n $module && ! -f $module/pom.xml ]]; then
  echo "no module '$module' (no $module/pom.xml)" >&2
  exit 2
fi

cmd=(mvn -B)
[[ -n ${MVN_OFFLINE:-} ]] && cmd+=(-o)
[[ -n ${MVN_PROFILES:-} ]] && cmd+=(-P "$MVN_PROFILES")
if [[ -z $module ]]; then
  cmd+=(verify)
else
  cmd+=(-pl "$module" -am test)
  if [[ -n $test ]]; then
    cmd+=("-Dtest=$test" -Dsurefire.failIfNoSpecifiedTests=false)
  fi
fi

logs=target/repeat-tests
mkdir -p "$logs"
failed=()
for ((i = 1; i <= runs; i++)); do
  log=$logs/run-$i.log
  start=$SECONDS
  if "${cmd[@]}" >"$log" 2>&1; then
    echo "run $i/$runs: passed ($((SECONDS - start)) s)"
    rm -f "$log"
  else
    failed+=("$i")
    echo "run $i/$runs: FAILED ($((SECONDS - start)) s), log $log"
    # The failing tests, as Surefire names them.
    grep -E '^\[ERROR\] (Tests run:.*FAILURE|  [A-Za-z].*(:[0-9]+|»))|<<< (FAILURE|ERROR)!' "$log" |
      sed 's/^/    /' | head -20
  fi
done
echo "${cmd[*]}: $((runs - ${#failed[@]})) passed, ${#failed[@]} failed"
[[ ${#failed[@]} -eq 0 ]]
