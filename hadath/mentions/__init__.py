"""Mention finders: numbers, times, actors, places, persons, attributions."""
