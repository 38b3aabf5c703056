"""The questionnaire, its validation and its scoring: plain data, no user interface."""
