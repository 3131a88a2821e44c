"""Developer tools: fictional data for demos, scale tests and benchmarks. Never user data."""
