"""Start one measurement in a fresh process, with a time limit, and collect its peak memory."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))


def run_child(spec: dict, workdir: str, timeout: float, python: str | None = None,
              env: dict | None = None) -> dict:
    """Run ``_child.py`` on ``spec`` in a new process group; the result dict, with

    status: "ok", "error", "timeout" (killed after ``timeout`` s), "oom" (MemoryError, or killed
    by SIGKILL that was not ours: the kernel's OOM killer) or "crashed";
    wall_s: the child's wall-clock time; peak_rss_mb: the largest resident memory of the child
    and of every process it waited for (compiler, simulation binary) from wait4;
    load_before/load_after: the 1-minute load average around it.
    """
    os.makedirs(workdir, exist_ok=True)
    spec = dict(spec, workdir=workdir, result=os.path.join(workdir, "result.json"))
    spec_path = os.path.join(workdir, "spec.json")
    load_before = os.getloadavg()[0]
    spec["t_launch"] = time.time()
    with open(spec_path, "w") as f:
        json.dump(spec, f)
    log = open(os.path.join(workdir, "log.txt"), "w")
    child_env = dict(os.environ, PYTHONUNBUFFERED="1", TQDM_DISABLE="1", **(env or {}))
    start = time.perf_counter()
    process = subprocess.Popen([python or sys.executable, os.path.join(HERE, "_child.py"), spec_path],
                               cwd=HERE, stdout=log, stderr=subprocess.STDOUT, env=child_env,
                               start_new_session=True)
    timed_out = False
    while True:
        pid, status, usage = os.wait4(process.pid, os.WNOHANG)
        if pid:
            break
        if time.perf_counter() - start > timeout:
            timed_out = True
            os.killpg(process.pid, signal.SIGKILL)  # the child's own process group
            pid, status, usage = os.wait4(process.pid, 0)
            break
        time.sleep(0.05)
    wall = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    log.close()
    result = {}
    if os.path.exists(spec["result"]) and not timed_out:
        with open(spec["result"]) as f:
            result = json.load(f)
    if timed_out:
        result["status"] = "timeout"
    elif not result:
        killed = process.returncode == -signal.SIGKILL
        result["status"] = "oom" if killed else "crashed"
        with open(os.path.join(workdir, "log.txt")) as f:
            result["error"] = f.read()[-2000:]
    result.update(wall_s=wall, peak_rss_mb=usage.ru_maxrss / 1024.0, returncode=process.returncode,
                  load_before=load_before, load_after=os.getloadavg()[0])
    return result
