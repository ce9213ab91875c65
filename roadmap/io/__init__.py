"""Reading the data: a file's text (files), the one YAML reader (yaml), and loading a
directory into validated models with every finding at its line (load)."""
