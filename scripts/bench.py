"""Runs the assistant and the baseline alternately and reports start-up time,
memory and sizes side by side (see scripts/bench, which builds and calls this
under Xvfb), in two modes: compositing on, as on a desktop, and off. Start-up
is reported as a median, and the stall that comes in some runs (about half a
second before the first paint) as its own figure. Both programs print a
`timeline` of their start-up moments; the medians are set side by side phase
by phase. Prints a table and writes a JSON file; nothing passes or fails."""
import argparse
import json
import os
import platform
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from datetime import date
from pathlib import Path

# The modes WebKitGTK runs in: the environment each sets (None: unset).
MODES = {
    "desktop": {"WEBKIT_DISABLE_COMPOSITING_MODE": None},
    "no-compositing": {"WEBKIT_DISABLE_COMPOSITING_MODE": "1"},
}

# Moments both programs report, in the order they happen: (name in the
# timeline, what it is).
PHASES = [
    ("page-fetchStart", "WebKit asks for the page"),
    ("page-domContentLoadedEventEnd", "page and its scripts loaded"),
    ("page-first-screen-rendered", "first screen in the DOM"),
    ("page-painted", "first screen painted"),
]

TARGETS = {
    "startup_ratio": 1.05,
    "memory_ratio": 1.05,
    "binary_ratio": 1.5,
    "locale_switch_ms": 16,
    "qr_ms": 1,
    "plan_us": 50,
    "faq_keystroke_ms": 5,
    "deb_mb": 4.5,
    "startup_updates_ratio": 1.05,
    "memory_updates_ratio": 1.05,
}


class Program:
    """A binary to run, and for the assistant with updates on, the
    machine-wide profile that turns them on: written before each run and
    removed after it, so the other runs see no profile at all."""

    def __init__(self, binary, profile_path=None, profile_text=None):
        self.binary = binary
        self.profile_path = Path(profile_path) if profile_path else None
        self.profile_text = profile_text

    def __enter__(self):
        if self.profile_path:
            self.made_folder = not self.profile_path.parent.exists()
            self.profile_path.parent.mkdir(mode=0o755, exist_ok=True)
            self.profile_path.write_text(self.profile_text)
            self.profile_path.chmod(0o644)
        return self.binary

    def __exit__(self, *_):
        if self.profile_path:
            self.profile_path.unlink(missing_ok=True)
            if self.made_folder:
                self.profile_path.parent.rmdir()


class SlowUpdateServer:
    """An update server that answers slowly: it takes each connection and says
    nothing for `hold_s` seconds (not even the TLS handshake), then hangs up.
    The assistant's check is under way during every measurement."""

    def __init__(self, hold_s=20):
        self.hold_s = hold_s
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.connections = 0
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self):
        while True:
            connection, _ = self.listener.accept()
            self.connections += 1
            threading.Timer(self.hold_s, connection.close).start()


def fresh_env(mode):
    home = tempfile.mkdtemp(prefix="mfa-bench-")
    env = dict(os.environ)
    # Each program chooses how WebKit paints; a developer's setting would skew it.
    env.pop("WEBKIT_SKIA_ENABLE_CPU_RENDERING", None)
    for name, value in MODES[mode].items():
        if value is None:
            env.pop(name, None)
        else:
            env[name] = value
    env.update(
        XDG_CONFIG_HOME=f"{home}/config",
        XDG_DATA_HOME=f"{home}/data",
        LANG="ja_JP.UTF-8",
        LANGUAGE="",
        LC_ALL="",
        MFA_ASSISTANT_REPORT_READY="1",
    )
    return env, home


def start(binary, mode, exit_after_ready):
    """Starts `binary` and waits for `ready`; returns (process, ms from exec,
    home, the timeline's moments)."""
    env, home = fresh_env(mode)
    env.pop("MFA_ASSISTANT_PROFILE", None)
    if exit_after_ready:
        env["MFA_ASSISTANT_EXIT_AFTER_READY"] = "1"
    began = time.monotonic()
    process = subprocess.Popen(
        [binary], env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
        text=True, start_new_session=True,
    )
    elapsed = None
    for line in process.stdout:
        if line.startswith("ready "):
            elapsed = (time.monotonic() - began) * 1000
        elif line.startswith("timeline ") and elapsed is not None:
            moments = dict(m.split("=") for m in line.split()[1:])
            return process, elapsed, home, {k: float(v) for k, v in moments.items()}
    raise RuntimeError(f"{binary} exited without reporting ready and its timeline")


def descendants(pid):
    found = [pid]
    for child in Path(f"/proc/{pid}/task/{pid}/children").read_text().split():
        found += descendants(int(child))
    return found


def pss_mib(pid):
    """PSS over the process tree, in MiB: the total and each process's share
    by kind (the program itself, WebKit's web and network processes)."""
    kinds = {}
    for p in descendants(pid):
        try:
            name = Path(f"/proc/{p}/comm").read_text().strip()
            for line in Path(f"/proc/{p}/smaps_rollup").read_text().splitlines():
                if line.startswith("Pss:"):
                    kind = "program" if p == pid else name
                    kinds[kind] = kinds.get(kind, 0) + int(line.split()[1]) / 1024
        except FileNotFoundError:
            pass
    return sum(kinds.values()), kinds


def stop(process, home):
    try:
        os.killpg(process.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    process.wait()
    shutil.rmtree(home, ignore_errors=True)


def startup(program, mode):
    """One start: (ms from exec to the first painted screen, timeline)."""
    with program as binary:
        process, ms, home, moments = start(binary, mode, exit_after_ready=True)
        process.wait(timeout=30)
    shutil.rmtree(home, ignore_errors=True)
    return ms, moments


def memory_mib(program, mode):
    with program as binary:
        process, _, home, _ = start(binary, mode, exit_after_ready=False)
        time.sleep(1.5)  # let WebKit's processes settle after the first paint
        mib, kinds = pss_mib(process.pid)
        stop(process, home)
    return mib, kinds


def updates_program(app, profile_path, pubkey, server):
    """The assistant with `[updates]` in the machine-wide profile, pointed at
    `server`."""
    if Path(profile_path).exists():
        sys.exit(f"{profile_path} exists: the benchmark will not replace a deployed profile")
    base = subprocess.run([app, "--print-default-profile"], capture_output=True,
                          text=True, check=True).stdout
    text = (f'{base}\n[updates]\nendpoint = "https://127.0.0.1:{server.port}/latest.json"\n'
            f'pubkey = "{pubkey}"\n')
    return Program(app, profile_path, text)


def summary(values):
    """Median, min and max; the median of the fast runs; and the stall as its
    own figure. In some runs WebKit stalls for about half a second before the
    first paint (docs/benchmarks.md): a run over 1.5 times the fastest is a
    stalled one, and the stall is how much later those runs painted."""
    fast = [v for v in values if v < min(values) * 1.5]
    stalled = [v for v in values if v >= min(values) * 1.5]
    return {
        "median": statistics.median(values),
        "min": min(values),
        "max": max(values),
        "fast_median": statistics.median(fast),
        "fast_runs": len(fast),
        "stalled_runs": len(stalled),
        "stall_ms": statistics.median(stalled) - statistics.median(fast) if stalled else None,
    }


def phase_medians(timelines):
    """The median of each moment (or each process's memory) over the runs
    that reported it."""
    names = {name for moments in timelines for name in moments}
    return {name: statistics.median([m[name] for m in timelines if name in m]) for name in names}


def measure_mode(programs, mode, pairs_wanted):
    """Start-up pairs (each round in a turned order), then memory, in `mode`."""
    names = list(programs)
    for program in programs.values():  # warm-up: caches, fonts
        startup(program, mode)
    pairs, timelines = [], {name: [] for name in names}
    for i in range(pairs_wanted):
        # Rotate who goes first, so none always runs on a warmer machine.
        order = names[i % len(names):] + names[:i % len(names)]
        times = {}
        for name in order:
            times[name], moments = startup(programs[name], mode)
            timelines[name].append(moments)
        pairs.append({f"{name}_ms": times[name] for name in names})
        pairs[-1]["ratio"] = pairs[-1]["app_ms"] / pairs[-1]["baseline_ms"]
    memory = {name: [] for name in names}
    by_process = {name: [] for name in names}
    for _ in range(max(3, pairs_wanted // 2)):
        for name in names:
            total, kinds = memory_mib(programs[name], mode)
            memory[name].append(total)
            by_process[name].append(kinds)
    return {
        "pairs": pairs,
        "startup_ms": {name: summary([p[f"{name}_ms"] for p in pairs]) for name in names},
        "phases_ms": {name: phase_medians(timelines[name]) for name in names},
        "memory_pss_mib": {name: statistics.median(memory[name]) for name in names},
        "memory_by_process_mib": {name: phase_medians(by_process[name]) for name in names},
        "memory_samples": memory,
    }


def print_mode(mode, measured, names, pairs_wanted):
    times, memory = measured["startup_ms"], measured["memory_pss_mib"]
    app, base = times["app"], times["baseline"]
    compositing = "off" if MODES[mode]["WEBKIT_DISABLE_COMPOSITING_MODE"] else "on"
    print(f"\n{mode}: compositing {compositing}, {pairs_wanted} pairs")
    print(f"{'':34}{'assistant':>12}{'baseline':>12}{'ratio':>8}")
    print(f"{'start-up median (ms)':34}{app['median']:12.0f}{base['median']:12.0f}"
          f"{app['median'] / base['median']:8.2f}")
    print(f"{'start-up min / max (ms)':34}{app['min']:6.0f}/{app['max']:<5.0f}{base['min']:6.0f}/{base['max']:<5.0f}")
    print(f"{'start-up without stalls (ms)':34}{app['fast_median']:12.0f}{base['fast_median']:12.0f}"
          f"{app['fast_median'] / base['fast_median']:8.2f}")

    def stall(t):
        extra = f" +{t['stall_ms']:.0f}" if t["stall_ms"] else ""
        return f"{t['stalled_runs']}/{pairs_wanted}{extra}"

    print(f"{'stalled runs, how much later (ms)':34}{stall(app):>12}{stall(base):>12}")
    print(f"{'memory, PSS median (MiB)':34}{memory['app']:12.0f}{memory['baseline']:12.0f}"
          f"{memory['app'] / memory['baseline']:8.2f}")
    kinds = measured["memory_by_process_mib"]
    for kind in sorted(set(kinds["app"]) | set(kinds["baseline"])):
        app_kind, base_kind = kinds["app"].get(kind, 0), kinds["baseline"].get(kind, 0)
        print(f"{'  ' + kind:34}{app_kind:12.1f}{base_kind:12.1f}")
    if "updates" in times:
        updates = times["updates"]
        print("with updates on (slow server):")
        print(f"{'  start-up median (ms)':34}{updates['median']:12.0f}{base['median']:12.0f}"
              f"{updates['median'] / base['median']:8.2f}")
        print(f"{'  stalled runs, how much later':34}{stall(updates):>12}")
        print(f"{'  memory, PSS median (MiB)':34}{memory['updates']:12.0f}{memory['baseline']:12.0f}"
              f"{memory['updates'] / memory['baseline']:8.2f}")
    phases = measured["phases_ms"]
    print("moments, median (ms from exec):")
    for name, what in PHASES:
        app_at = phases["app"].get(name)
        # The baseline's screen is in its HTML: in the DOM when its script runs.
        base_name = "page-script-run" if name == "page-first-screen-rendered" else name
        base_at = phases["baseline"].get(base_name)
        shown = lambda v: "—" if v is None else f"{v:.0f}"
        print(f"{'  ' + what:34}{shown(app_at):>12}{shown(base_at):>12}")
    print("pairs (ms): " + ", ".join("/".join(f"{p[f'{n}_ms']:.0f}" for n in names) for p in measured["pairs"])
          + f"   ({', '.join(names)})")


def inside_figures(path):
    """Median times from divan's table: name → milliseconds. Rows of a
    benchmark with arguments are named `parent/argument`."""
    figures = {}
    if not path or not Path(path).exists():
        return figures
    units = {"ns": 1e-6, "µs": 1e-3, "us": 1e-3, "ms": 1.0, "s": 1000.0}
    parent = ""
    for line in Path(path).read_text().splitlines():
        cells = [c.strip() for c in line.replace("│", "|").split("|")]
        if len(cells) > 1 and cells[0] == "":
            cells = cells[1:]  # an argument row starts with the tree's bar
            nested = True
        else:
            nested = False
        if len(cells) < 4:
            continue
        words = cells[0].lstrip("├╰─ ").split()
        if not words:
            continue
        name = f"{parent}/{words[0]}" if nested else words[0]
        median = cells[2].split()
        if len(median) == 2 and median[1] in units:
            figures[name] = float(median[0]) * units[median[1]]
        elif not nested:
            parent = words[0]
    return figures


def locale_switch(repo):
    """The language switch measured in the page (tests/bench-locale-switch.mjs):
    {"rendered_ms": …, "frame_ms": …} or None."""
    script = repo / "tests" / "bench-locale-switch.mjs"
    env = dict(os.environ, MFA_ASSISTANT_BIN=str(repo / "target/release/mfa-assistant"))
    result = subprocess.run(
        ["node", str(script)], cwd=repo / "tests", env=env,
        capture_output=True, text=True, timeout=300,
    )
    found = {}
    for line in result.stdout.splitlines():
        if line.startswith("locale-switch-rendered-ms "):
            found["rendered_ms"] = float(line.split()[1])
        elif line.startswith("locale-switch-ms "):
            found["frame_ms"] = float(line.split()[1])
    if "frame_ms" not in found:
        print(result.stdout + result.stderr, file=sys.stderr)
        return None
    return found


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--pairs", type=int, default=20)
    parser.add_argument("--app", required=True)
    parser.add_argument("--baseline", required=True)
    parser.add_argument("--inside")
    parser.add_argument("--out", required=True)
    parser.add_argument("--updates-pubkey",
                        help="also run the assistant with updates on, against a slow server")
    parser.add_argument("--system-profile", default="/etc/mfa-assistant/profile.toml")
    args = parser.parse_args()
    repo = Path(__file__).resolve().parent.parent

    programs = {"app": Program(args.app), "baseline": Program(args.baseline)}
    server = None
    if args.updates_pubkey:
        server = SlowUpdateServer()
        programs["updates"] = updates_program(args.app, args.system_profile,
                                              args.updates_pubkey, server)
    names = list(programs)
    modes = {mode: measure_mode(programs, mode, args.pairs) for mode in MODES}
    times = modes["desktop"]["startup_ms"]
    memory = modes["desktop"]["memory_pss_mib"]
    app_size = Path(args.app).stat().st_size
    base_size = Path(args.baseline).stat().st_size
    debs = sorted((repo / "target/release/bundle/deb").glob("*.deb"), key=lambda p: p.stat().st_mtime)
    deb_size = debs[-1].stat().st_size if debs else None
    inside = inside_figures(args.inside)
    switch = locale_switch(repo)

    figures = {
        "startup_ratio": times["app"]["median"] / times["baseline"]["median"],
        "memory_ratio": memory["app"] / memory["baseline"],
        "binary_ratio": app_size / base_size,
        "locale_switch_ms": switch["frame_ms"] if switch else None,
        "qr_ms": inside.get("qr_code_svg"),
        "plan_us": inside["plan"] * 1000 if "plan" in inside else None,
        "faq_keystroke_ms": inside.get("faq_keystroke"),
        "deb_mb": deb_size / 1e6 if deb_size else None,
        "startup_updates_ratio": None,
        "memory_updates_ratio": None,
    }
    if server:
        figures["startup_updates_ratio"] = times["updates"]["median"] / times["baseline"]["median"]
        figures["memory_updates_ratio"] = memory["updates"] / memory["baseline"]
    result = {
        "date": date.today().isoformat(),
        "machine": f"{platform.system()} {platform.machine()}, {os.cpu_count()} cores, Xvfb",
        "modes": modes,
        "binary_bytes": {"app": app_size, "baseline": base_size},
        "deb_bytes": deb_size,
        "inside_ms": inside,
        "locale_switch_in_page_ms": switch,
        "updates_slow_server_connections": server.connections if server else None,
        "figures": figures,
        "targets": TARGETS,
    }
    Path(args.out).write_text(json.dumps(result, indent=2))

    print(f"\n{result['date']}, {result['machine']}")
    for mode, measured in modes.items():
        print_mode(mode, measured, names, args.pairs)
    print(f"\n{'binary (MB)':34}{app_size / 1e6:12.2f}{base_size / 1e6:12.2f}{figures['binary_ratio']:8.2f}")
    if server:
        print(f"the slow update server took {server.connections} connections and answered none"
              " while the figures were taken")
    print("\ntarget (start-up and memory: desktop mode)")
    for name, target in TARGETS.items():
        value = figures[name]
        verdict = "n/a" if value is None else ("met" if value <= target else "MISSED")
        shown = "—" if value is None else f"{value:.3g}"
        print(f"{name:26} {shown:>8}   ≤ {target:<6} {verdict}")
    print(f"\nwritten: {args.out}")


if __name__ == "__main__":
    main()
