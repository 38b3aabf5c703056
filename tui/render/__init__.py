"""Rich renderables and plain-text reports of a result, for the terminal and for export."""
