"""`python -m bench --people N [--only NAME ...] [--repeat R]` (what `make bench` runs)."""

import sys

from bench import runner

if __name__ == "__main__":
    sys.exit(runner.main(sys.argv[1:]))
