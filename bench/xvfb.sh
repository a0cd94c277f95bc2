# Sourced by the GUI benchmarks: start_xvfb starts a private Xvfb on a free display and
# points Qt at it (DISPLAY, QT_QPA_PLATFORM=xcb), else falls back to the offscreen
# platform. Sets `platform` (Xvfb or offscreen) and `xvfb_pid` (empty without Xvfb),
# which the caller kills on exit.
start_xvfb() {
  platform=offscreen
  xvfb_pid=
  if command -v Xvfb >/dev/null; then
    for n in $(seq $((300 + $$ % 300)) 999); do
      [ -e "/tmp/.X$n-lock" ] && continue
      Xvfb ":$n" -screen 0 1280x1024x24 -nolisten tcp >/dev/null 2>&1 &
      xvfb_pid=$!
      for _ in $(seq 50); do [ -e "/tmp/.X11-unix/X$n" ] && break; sleep 0.1; done
      if kill -0 "$xvfb_pid" 2>/dev/null && [ -e "/tmp/.X11-unix/X$n" ]; then
        export DISPLAY=":$n" QT_QPA_PLATFORM=xcb
        platform=Xvfb
        return
      fi
      xvfb_pid=
    done
  fi
  export QT_QPA_PLATFORM=offscreen
}
