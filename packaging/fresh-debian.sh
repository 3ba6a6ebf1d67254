#!/usr/bin/env bash
# A fresh Debian machine, repeatably: `git clone` -> `make run` (the window) -> `make test`, and the
# .deb installed on a second fresh machine. Results and what they showed: packaging/fresh-debian.md.
#
#   sudo packaging/fresh-debian.sh [STEP...]      steps: root user run test deb   (default: all)
#
# root  debootstrap a minimal Debian (SUITE, default bookworm; --variant=minbase) with only what a
#       user starts with: git make python3 python3-venv ca-certificates. Kept in ROOT (default
#       /tmp/deb-root) and as a pristine copy ROOT-pristine for the deb step; FRESH=1 makes it anew.
# user  as an ordinary user in ROOT: `git clone` + `make run` must print the apt-get line and stop
#       before pip (no .venv made).
# run   as root in ROOT: `git clone` + `make run ARGS="--quit-after N --screenshot ..."` on an Xvfb
#       of the host (its socket bind-mounted in, so the chroot gets no X package from us): make
#       installs the system libraries, the venv, and the window starts; screenshots in OUT.
# test  `make test` in that clone (ruff + the suite, offscreen; no PostgreSQL: those tests skip).
# deb   a copy of the pristine root: `apt-get install ./workstation_*.deb` (DEB, default the newest
#       dist/workstation_*.deb of REPO; `make deb` builds it), then /usr/bin/workstation and
#       /usr/bin/workstation-cli run from it on the host's Xvfb.
#
# Environment: REPO (default: this checkout), MIRROR (default: the host's Debian apt source),
# OUT (default /tmp/fresh-debian: logs and screenshots), OVERLAY="FILE..." copies those files of
# REPO's work tree over the clone (to try changes not committed yet; empty by default, so the
# clone is exactly the committed HEAD). Needs root, debootstrap, Xvfb and ImageMagick's import on
# the host. Network: the Debian archive and PyPI only.
set -euo pipefail

here=$(cd "$(dirname "$0")/.." && pwd)
REPO=${REPO:-$here}
SUITE=${SUITE:-bookworm}
ROOT=${ROOT:-/tmp/deb-root}
OUT=${OUT:-/tmp/fresh-debian}
QUIT_AFTER=${QUIT_AFTER:-45}
OVERLAY=${OVERLAY:-}
START_PACKAGES=git,make,python3,python3-venv,ca-certificates
steps=("$@"); [ ${#steps[@]} -gt 0 ] || steps=(root user run test deb)
mkdir -p "$OUT"

[ "$(id -u)" = 0 ] || { echo "fresh-debian: needs root (debootstrap, chroot)" >&2; exit 2; }

host_mirror() {
  local m=
  [ -f /etc/apt/sources.list.d/debian.sources ] \
    && m=$(awk '/^URIs:/ && $2 !~ /security/ {print $2; exit}' /etc/apt/sources.list.d/debian.sources)
  [ -n "$m" ] || m=$(awk '/^deb / && $2 !~ /security/ {print $2; exit}' /etc/apt/sources.list 2>/dev/null || true)
  [ -n "$m" ] || { echo "fresh-debian: set MIRROR (no Debian apt source on this host)" >&2; exit 2; }
  echo "$m"
}
MIRROR=${MIRROR:-$(host_mirror)}

mounted=()
mount_into() {  # mount_into ROOT: proc, sys, dev, the repo (read-only), the host's X socket dir
  local r=$1
  mkdir -p "$r/mnt/src" "$r/tmp/.X11-unix" /tmp/.X11-unix; chmod 1777 /tmp/.X11-unix
  mount -t proc proc "$r/proc"; mounted+=("$r/proc")
  mount --rbind /sys "$r/sys"; mount --make-rslave "$r/sys"; mounted+=("$r/sys")
  mount --rbind /dev "$r/dev"; mount --make-rslave "$r/dev"; mounted+=("$r/dev")
  mount --bind "$REPO" "$r/mnt/src"; mount -o remount,bind,ro "$r/mnt/src"; mounted+=("$r/mnt/src")
  mount --bind /tmp/.X11-unix "$r/tmp/.X11-unix"; mounted+=("$r/tmp/.X11-unix")
  cp -L /etc/resolv.conf "$r/etc/resolv.conf"
  trust_host_cas "$r"
}
# Where the host reaches the registries through a TLS-inspecting proxy (its own CA in
# /usr/local/share/ca-certificates), the chroot trusts the same CA and pip is pointed at the
# system bundle (pip uses its own certifi otherwise). A real fresh machine needs none of this;
# HOST_CA=0 skips it.
tls_env=()
trust_host_cas() {
  local r=$1
  [ "${HOST_CA:-1}" = 1 ] && compgen -G "/usr/local/share/ca-certificates/*.crt" >/dev/null || return 0
  mkdir -p "$r/usr/local/share/ca-certificates"
  cp /usr/local/share/ca-certificates/*.crt "$r/usr/local/share/ca-certificates/"
  in_root "$r" update-ca-certificates >/dev/null 2>&1
  tls_env=(PIP_CERT=/etc/ssl/certs/ca-certificates.crt SSL_CERT_FILE=/etc/ssl/certs/ca-certificates.crt)
}
xvfb_pid=
cleanup() {
  local i
  for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do umount -R "${mounted[i]}" 2>/dev/null || umount -lR "${mounted[i]}" || true; done
  [ -z "$xvfb_pid" ] || kill "$xvfb_pid" 2>/dev/null || true
}
trap cleanup EXIT

DISPLAY_NUM=
start_xvfb() {  # an X server on the host; the chroot reaches it through /tmp/.X11-unix
  local n
  for n in $(seq 90 120); do [ -e /tmp/.X11-unix/X$n ] || [ -e /tmp/.X$n-lock ] || break; done
  mkdir -p /tmp/.X11-unix; chmod 1777 /tmp/.X11-unix
  Xvfb ":$n" -screen 0 1600x1000x24 -nolisten tcp >"$OUT/xvfb.log" 2>&1 &
  xvfb_pid=$!
  for _ in $(seq 50); do [ -e /tmp/.X11-unix/X$n ] && break; sleep 0.2; done
  DISPLAY_NUM=$n
}
# capture_when_window NAME PID: once a top-level window is mapped on the Xvfb, let it paint, then
# take the whole X screen from the host (what a person would see), while PID still runs.
capture_when_window() {
  local name=$1 pid=$2
  for _ in $(seq 600); do
    kill -0 "$pid" 2>/dev/null || return 0
    if DISPLAY=":$DISPLAY_NUM" xwininfo -root -children 2>/dev/null | grep -q '"Warehouse workstation'; then
      sleep 15; DISPLAY=":$DISPLAY_NUM" import -window root "$OUT/$name-x11.png" && echo "x11 screenshot: $OUT/$name-x11.png"
      return 0
    fi
    sleep 0.5
  done
}
in_root() {
  local r=$1; shift
  chroot "$r" /usr/bin/env -i HOME=/root PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    LANG=C.UTF-8 "${tls_env[@]}" "$@"
}

clone_in() {  # clone_in ROOT USER DIR
  local r=$1 user=$2 dir=$3 f
  rm -rf "${r:?}$dir"
  in_root "$r" runuser -u "$user" -- env HOME="$(dirname "$dir")" git clone -q -u 'git -c safe.directory=* upload-pack' file:///mnt/src "$dir"
  for f in $OVERLAY; do
    install -D -m "$(stat -c %a "$REPO/$f")" "$REPO/$f" "$r$dir/$f"
    in_root "$r" chown "$user:" "$dir/$f"
  done
  echo "cloned $(in_root "$r" git -c safe.directory="*" -C "$dir" log -1 --format='%h %s' 2>/dev/null | cut -c1-80)${OVERLAY:+ + work-tree files: $OVERLAY}"
}

timed() { local t0=$SECONDS rc=0; "$@" || rc=$?; echo "  -> exit $rc in $((SECONDS - t0)) s"; return $rc; }

step_root() {
  if [ -n "${FRESH:-}" ] || [ ! -e "$ROOT-pristine/etc/debian_version" ]; then
    rm -rf "$ROOT" "$ROOT-pristine"
    echo "== debootstrap --variant=minbase --include=$START_PACKAGES $SUITE $ROOT"
    timed debootstrap --variant=minbase --include="$START_PACKAGES" "$SUITE" "$ROOT-pristine" "$MIRROR" \
      >"$OUT/debootstrap.log" 2>&1
    # the same archive for apt inside (debootstrap writes only the main suite)
    echo "deb $MIRROR $SUITE main" >"$ROOT-pristine/etc/apt/sources.list"
    chroot "$ROOT-pristine" useradd -m -s /bin/bash clerk
  fi
  rm -rf "$ROOT"; cp -a "$ROOT-pristine" "$ROOT"
  echo "root: $ROOT ($(chroot "$ROOT" dpkg-query -W | wc -l) packages, $(du -sh "$ROOT" | cut -f1))"
}

step_user() {
  mount_into "$ROOT"
  clone_in "$ROOT" clerk /home/clerk/workstation
  echo "== as clerk: make run"
  local rc=0
  in_root "$ROOT" runuser -u clerk -- env HOME=/home/clerk make -C /home/clerk/workstation run >"$OUT/user-make-run.log" 2>&1 || rc=$?
  cat "$OUT/user-make-run.log"
  echo "  -> exit $rc; .venv: $([ -e "$ROOT/home/clerk/workstation/.venv" ] && echo made || echo 'not made')"
  [ $rc -ne 0 ] && grep -q 'apt-get install' "$OUT/user-make-run.log" && [ ! -e "$ROOT/home/clerk/workstation/.venv" ]
  cleanup; mounted=(); xvfb_pid=
}

step_run() {
  mount_into "$ROOT"; start_xvfb
  clone_in "$ROOT" root /root/workstation
  echo "== as root, DISPLAY=:$DISPLAY_NUM: make run ARGS=\"--quit-after $QUIT_AFTER --screenshot /tmp/run.png\""
  local t0=$SECONDS rc=0
  in_root "$ROOT" env DISPLAY=":$DISPLAY_NUM" make -C /root/workstation run \
    ARGS="--quit-after $QUIT_AFTER --screenshot /tmp/run.png" >"$OUT/make-run.log" 2>&1 &
  local pid=$!
  capture_when_window make-run "$pid"
  wait "$pid" || rc=$?
  echo "  -> exit $rc in $((SECONDS - t0)) s (log $OUT/make-run.log)"
  cp "$ROOT/tmp/run.png" "$OUT/make-run-window.png" 2>/dev/null && echo "window screenshot: $OUT/make-run-window.png"
  grep -E 'system-deps|Qt \(PySide6\)|Error|error:' "$OUT/make-run.log" | head -20 || true
  echo "== a second make run (nothing to install): $(in_root "$ROOT" env DISPLAY=":$DISPLAY_NUM" \
    make -C /root/workstation run ARGS="--quit-after 5" >"$OUT/make-run-2.log" 2>&1 && echo ok || echo FAILED)"
  cleanup; mounted=(); xvfb_pid=
  return $rc
}

step_test() {
  mount_into "$ROOT"
  echo "== make test in /root/workstation"
  local rc=0
  timed in_root "$ROOT" make -C /root/workstation test PYTEST_ARGS="-q -p no:cacheprovider" \
    >"$OUT/make-test.log" 2>&1 || rc=$?
  tail -5 "$OUT/make-test.log"
  cleanup; mounted=()
  return $rc
}

step_deb() {
  local deb=${DEB:-$(ls -t "$REPO"/dist/workstation_*.deb 2>/dev/null | head -n1)}
  [ -n "$deb" ] && [ -f "$deb" ] || { echo "fresh-debian: no .deb (make deb, or DEB=FILE)" >&2; return 1; }
  local r=$ROOT-deb
  rm -rf "$r"; cp -a "$ROOT-pristine" "$r"
  mount_into "$r"; start_xvfb
  cp "$deb" "$r/tmp/"
  echo "== apt-get install ./$(basename "$deb") on a pristine root"
  timed in_root "$r" sh -c "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
    --no-install-recommends /tmp/$(basename "$deb")" >"$OUT/deb-install.log" 2>&1 || { tail -20 "$OUT/deb-install.log"; return 1; }
  echo "installed: $(in_root "$r" dpkg-query -W workstation) -> $(readlink "$r/usr/bin/workstation")"
  echo "== as clerk: workstation-cli --data-dir /tmp/ws-cli demo --orders 5 --no-sandbox; migrate"
  in_root "$r" runuser -u clerk -- env HOME=/home/clerk workstation-cli --data-dir /tmp/ws-cli demo --orders 5 --no-sandbox >"$OUT/deb-cli.log" 2>&1
  in_root "$r" runuser -u clerk -- env HOME=/home/clerk workstation-cli --data-dir /tmp/ws-cli migrate | tee -a "$OUT/deb-cli.log"
  echo "== as clerk: workstation --quit-after $QUIT_AFTER --screenshot /tmp/deb.png (DISPLAY=:$DISPLAY_NUM)"
  local t0=$SECONDS rc=0
  in_root "$r" runuser -u clerk -- env DISPLAY=":$DISPLAY_NUM" HOME=/home/clerk \
    workstation --quit-after "$QUIT_AFTER" --screenshot /tmp/deb.png >"$OUT/deb-run.log" 2>&1 &
  local pid=$!
  capture_when_window deb "$pid"
  wait "$pid" || rc=$?
  echo "  -> exit $rc in $((SECONDS - t0)) s"
  cp "$r/tmp/deb.png" "$OUT/deb-window.png" 2>/dev/null && echo "window screenshot: $OUT/deb-window.png"
  in_root "$r" sh -c 'ls /usr/share/applications/workstation.desktop && desktop-file-validate /usr/share/applications/workstation.desktop 2>/dev/null; true'
  cleanup; mounted=(); xvfb_pid=
  return $rc
}

for s in "${steps[@]}"; do
  case "$s" in
    root|user|run|test|deb) echo "### $s ($(date -u +%H:%M:%S))"; "step_$s" ;;
    *) echo "unknown step $s (root user run test deb)" >&2; exit 2 ;;
  esac
done
