"""The learned part of the coder: sentence features and a linear model that says which
sentences tell an event, of which type and sub-type (``features``, ``model``); training
lives in ``train`` and needs the optional ``train`` extra (scikit-learn)."""
