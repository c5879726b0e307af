#!/usr/bin/env bash
# Smoke test of the packaged desktop app (run by `./mvnw verify` on Linux, integration-test phase):
# the image's own launcher, with JAVA_HOME and PATH cleared (env -i: only HOME, DISPLAY and the
# X authority file), opens
# the workstation under Xvfb, scans the 6,000-symbol demo market, and a screenshot of the screen
# is taken once the result is in. Fails unless the scan ends ranked, the window reports its first
# frame, the screenshot is not blank, and no module-access error (a missing --add-exports/--add-opens)
# was logged. Writes OUT/app.log, OUT/screenshot.png and OUT/startup.txt.
#
#   packaging/desktop/src/test/smoke-test.sh "IMAGE_DIR" OUT_DIR
set -euo pipefail
APP="$1"
OUT="$2"
LAUNCHER="$APP/bin/Technic Workstation"
[ -x "$LAUNCHER" ] || { echo "smoke-test: no launcher at $LAUNCHER (build the app image first)" >&2; exit 1; }
[ -x "$APP/lib/runtime/bin/java" ] || { echo "smoke-test: the image has no bundled runtime under $APP/lib/runtime" >&2; exit 1; }

need=()
command -v xvfb-run >/dev/null || need+=(xvfb)
command -v import >/dev/null || need+=(imagemagick)
command -v xdotool >/dev/null || need+=(xdotool)
ldconfig -p 2>/dev/null | grep -q 'libgtk-3.so.0' || need+=(libgtk-3-0)
ldconfig -p 2>/dev/null | grep -q 'libgomp.so.1' || need+=(libgomp1)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "smoke-test: installing ${need[*]}" >&2
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}") >&2
  else
    echo "smoke-test: needs ${need[*]} (apt-get install -y ${need[*]}), or skip it with -Dtechnic.smoke.skip" >&2
    exit 1
  fi
fi

rm -rf "$OUT"
mkdir -p "$OUT/home"
OUT="$(cd "$OUT" && pwd)"

# Inside the X session: start the app with a bare environment, wait for the scan, take the shot.
cat > "$OUT/session.sh" <<'SESSION'
#!/usr/bin/env bash
set -uo pipefail
LAUNCHER="$1"; OUT="$2"
start=$(date +%s%N)
env -i HOME="$OUT/home" DISPLAY="$DISPLAY" XAUTHORITY="${XAUTHORITY:-}" "$LAUNCHER" app --report-startup --exit-after-scan=6 >"$OUT/app.log" 2>&1 &
pid=$!
if timeout 120 xdotool search --sync --onlyvisible --name 'Technic Workstation' >/dev/null 2>&1; then
  echo "window mapped $(( ($(date +%s%N) - start) / 1000000 )) ms after the launcher started (xdotool)" >>"$OUT/startup.txt"
fi
for _ in $(seq 1 600); do
  grep -q '^scan of\|^scan failed\|^scan cancelled' "$OUT/app.log" && break
  kill -0 $pid 2>/dev/null || break
  sleep 0.2
done
sleep 2 # a frame or two for the table to draw the rows
import -window root "$OUT/screenshot.png" || echo "import failed" >>"$OUT/app.log"
wait $pid
SESSION
rc=0
xvfb-run -a -s "-screen 0 1600x1000x24" bash "$OUT/session.sh" "$LAUNCHER" "$OUT" || rc=$?

grep -h 'first window frame' "$OUT/app.log" >>"$OUT/startup.txt" || true
echo "--- app.log (last lines)"; tail -n 15 "$OUT/app.log"
echo "--- start-up"; cat "$OUT/startup.txt" 2>/dev/null || true
fail() { echo "smoke-test FAILED: $*" >&2; exit 1; }
[ $rc = 0 ] || fail "the app exited with $rc (log: $OUT/app.log)"
grep -q '^scan of sim.*6,000 symbols, [1-9][0-9,]* ranked' "$OUT/app.log" || fail "no ranked scan of the demo market in $OUT/app.log"
grep -q 'first window frame [0-9]* ms' "$OUT/app.log" || fail "the window never reported its first frame"
if grep -E 'InaccessibleObjectException|IllegalAccessError|NoClassDefFoundError|ClassNotFoundException|UnsatisfiedLinkError' "$OUT/app.log"; then
  fail "class or module-access errors in $OUT/app.log"
fi
[ -s "$OUT/screenshot.png" ] || fail "no screenshot"
colours=$(identify -format '%k' "$OUT/screenshot.png")
[ "$colours" -gt 200 ] || fail "the screenshot has only $colours colours: nothing drawn?"
echo "smoke-test: ok ($colours colours in $OUT/screenshot.png)"
