"""palantir-ice core: the fact base, answering, on-this-date, timeline and digests, with no platform imports."""
