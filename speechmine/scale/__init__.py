"""Scale: many documents at once (a process pool, Dask) and speechmine as a spaCy component."""
