"""Benchmark: a loopback feed farm, baselines, and the pipeline's poll_once, in one run."""
