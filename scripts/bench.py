"""Runs the assistant and the baseline alternately and reports start-up time,
memory and sizes side by side (see scripts/bench, which builds and calls this
under Xvfb). Prints a table and writes a JSON file; nothing passes or fails."""
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

TARGETS = {
    "startup_ratio": 1.10,
    "startup_fast_ratio": 1.10,
    "memory_ratio": 1.10,
    "binary_ratio": 1.5,
    "locale_switch_ms": 16,
    "qr_ms": 1,
    "plan_us": 50,
    "faq_keystroke_ms": 5,
    "deb_mb": 4.5,
    "startup_updates_ratio": 1.10,
    "memory_updates_ratio": 1.10,
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


def fresh_env():
    home = tempfile.mkdtemp(prefix="mfa-bench-")
    env = dict(os.environ)
    env.update(
        XDG_CONFIG_HOME=f"{home}/config",
        XDG_DATA_HOME=f"{home}/data",
        LANG="ja_JP.UTF-8",
        LANGUAGE="",
        LC_ALL="",
        MFA_ASSISTANT_REPORT_READY="1",
    )
    return env, home


def start(binary, exit_after_ready):
    """Starts `binary` and waits for `ready`; returns (process, ms from exec)."""
    env, home = fresh_env()
    env.pop("MFA_ASSISTANT_PROFILE", None)
    if exit_after_ready:
        env["MFA_ASSISTANT_EXIT_AFTER_READY"] = "1"
    began = time.monotonic()
    process = subprocess.Popen(
        [binary], env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
        text=True, start_new_session=True,
    )
    for line in process.stdout:
        if line.startswith("ready "):
            elapsed = (time.monotonic() - began) * 1000
            return process, elapsed, home
    raise RuntimeError(f"{binary} exited without reporting ready")


def descendants(pid):
    found = [pid]
    for child in Path(f"/proc/{pid}/task/{pid}/children").read_text().split():
        found += descendants(int(child))
    return found


def pss_mib(pid):
    total = 0
    for p in descendants(pid):
        try:
            for line in Path(f"/proc/{p}/smaps_rollup").read_text().splitlines():
                if line.startswith("Pss:"):
                    total += int(line.split()[1])
        except FileNotFoundError:
            pass
    return total / 1024


def stop(process, home):
    try:
        os.killpg(process.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    process.wait()
    shutil.rmtree(home, ignore_errors=True)


def startup_ms(program):
    with program as binary:
        process, ms, home = start(binary, exit_after_ready=True)
        process.wait(timeout=30)
    shutil.rmtree(home, ignore_errors=True)
    return ms


def memory_mib(program):
    with program as binary:
        process, _, home = start(binary, exit_after_ready=False)
        time.sleep(1.5)  # let WebKit's processes settle after the first paint
        mib = pss_mib(process.pid)
        stop(process, home)
    return mib


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
    """Median, min and max; and the median of the fast runs. Start-up under Xvfb
    is bimodal here: in some runs of either program WebKit stalls for about
    half a second before the first paint (docs/benchmarks.md), so the fast runs
    compare the two without that stall."""
    fast = [v for v in values if v < min(values) * 1.5]
    return {
        "median": statistics.median(values),
        "min": min(values),
        "max": max(values),
        "fast_median": statistics.median(fast),
        "fast_runs": len(fast),
    }


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
    for program in programs.values():  # warm-up: caches, fonts
        startup_ms(program)
    pairs = []
    for i in range(args.pairs):
        # Rotate who goes first, so none always runs on a warmer machine.
        order = names[i % len(names):] + names[:i % len(names)]
        times = {name: startup_ms(programs[name]) for name in order}
        pairs.append({f"{name}_ms": times[name] for name in names})
        pairs[-1]["ratio"] = pairs[-1]["app_ms"] / pairs[-1]["baseline_ms"]
    memory = {name: [] for name in names}
    for _ in range(max(3, args.pairs // 2)):
        for name in names:
            memory[name].append(memory_mib(programs[name]))

    app_time = summary([p["app_ms"] for p in pairs])
    base_time = summary([p["baseline_ms"] for p in pairs])
    app_mem = statistics.median(memory["app"])
    base_mem = statistics.median(memory["baseline"])
    app_size = Path(args.app).stat().st_size
    base_size = Path(args.baseline).stat().st_size
    debs = sorted((repo / "target/release/bundle/deb").glob("*.deb"), key=lambda p: p.stat().st_mtime)
    deb_size = debs[-1].stat().st_size if debs else None
    inside = inside_figures(args.inside)
    switch = locale_switch(repo)

    figures = {
        "startup_ratio": app_time["median"] / base_time["median"],
        "startup_fast_ratio": app_time["fast_median"] / base_time["fast_median"],
        "memory_ratio": app_mem / base_mem,
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
        updates_time = summary([p["updates_ms"] for p in pairs])
        updates_mem = statistics.median(memory["updates"])
        figures["startup_updates_ratio"] = updates_time["median"] / base_time["median"]
        figures["memory_updates_ratio"] = updates_mem / base_mem
    result = {
        "date": date.today().isoformat(),
        "machine": f"{platform.system()} {platform.machine()}, {os.cpu_count()} cores, Xvfb",
        "pairs": pairs,
        "startup_ms": {"app": app_time, "baseline": base_time},
        "memory_pss_mib": {"app": app_mem, "baseline": base_mem, "samples": memory},
        "binary_bytes": {"app": app_size, "baseline": base_size},
        "deb_bytes": deb_size,
        "inside_ms": inside,
        "locale_switch_in_page_ms": switch,
        "updates": {
            "startup_ms": updates_time,
            "memory_pss_mib": updates_mem,
            "slow_server_connections": server.connections,
        } if server else None,
        "figures": figures,
        "targets": TARGETS,
    }
    Path(args.out).write_text(json.dumps(result, indent=2))

    print(f"\n{result['date']}, {result['machine']}, {args.pairs} pairs")
    print(f"{'':28}{'assistant':>12}{'baseline':>12}{'ratio':>8}")
    print(f"{'start-up median (ms)':28}{app_time['median']:12.0f}{base_time['median']:12.0f}{figures['startup_ratio']:8.2f}")
    print(f"{'start-up min / max (ms)':28}{app_time['min']:6.0f}/{app_time['max']:<5.0f}{base_time['min']:6.0f}/{base_time['max']:<5.0f}")
    print(f"{'start-up, fast runs (ms)':28}{app_time['fast_median']:12.0f}{base_time['fast_median']:12.0f}{figures['startup_fast_ratio']:8.2f}"
          f"   ({app_time['fast_runs']} and {base_time['fast_runs']} of {args.pairs} runs)")
    print(f"{'memory, PSS median (MiB)':28}{app_mem:12.0f}{base_mem:12.0f}{figures['memory_ratio']:8.2f}")
    print(f"{'binary (MB)':28}{app_size / 1e6:12.2f}{base_size / 1e6:12.2f}{figures['binary_ratio']:8.2f}")
    if server:
        print(f"{'with updates, slow server:':28}")
        print(f"{'  start-up median (ms)':28}{updates_time['median']:12.0f}{base_time['median']:12.0f}"
              f"{figures['startup_updates_ratio']:8.2f}")
        print(f"{'  start-up, fast runs (ms)':28}{updates_time['fast_median']:12.0f}{base_time['fast_median']:12.0f}"
              f"{updates_time['fast_median'] / base_time['fast_median']:8.2f}"
              f"   ({updates_time['fast_runs']} and {base_time['fast_runs']} of {args.pairs} runs)")
        print(f"{'  memory, PSS median (MiB)':28}{updates_mem:12.0f}{base_mem:12.0f}{figures['memory_updates_ratio']:8.2f}")
        print(f"  the slow server took {server.connections} connections and answered none"
              " while the figures were taken")
    print("pairs (ms): " + ", ".join("/".join(f"{p[f'{n}_ms']:.0f}" for n in names) for p in pairs)
          + f"   ({', '.join(names)})")
    print("\ntarget                     figure     target  ")
    for name, target in TARGETS.items():
        value = figures[name]
        verdict = "n/a" if value is None else ("met" if value <= target else "MISSED")
        shown = "—" if value is None else f"{value:.3g}"
        print(f"{name:26} {shown:>8}   ≤ {target:<6} {verdict}")
    print(f"\nwritten: {args.out}")


if __name__ == "__main__":
    main()
