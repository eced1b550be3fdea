"""Event coding: triggers, roles, merging across sentences."""
