"""Knowledge base: data files (actors, places, triggers, phrases) and their compiled indexes."""
