"""The benchmark suite: each scenario is timed beside a baseline measured in the same run."""
