"""Run a command and write its peak resident memory [KiB] to a file: _maxrss.py FILE CMD...

Used as Brian 2's standalone run command, so that the memory of the simulation binary is
known apart from that of the compiler.
"""

import os
import subprocess
import sys

if __name__ == "__main__":
    process = subprocess.Popen(sys.argv[2:])
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    with open(sys.argv[1], "w") as f:
        f.write(str(usage.ru_maxrss))
    sys.exit(process.returncode)
