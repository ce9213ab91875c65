"""Loading: YAML with positions (stage 1) and schema validation (stage 2)."""

from roadmap.loading.dataset import Loaded, data_file, load_directory

__all__ = ["Loaded", "data_file", "load_directory"]
