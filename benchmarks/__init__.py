"""Scripts that print figures; never run as tests. A package so `python -m benchmarks.NAME` finds these first."""
