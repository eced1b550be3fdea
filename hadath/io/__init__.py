"""Reading articles from files and writing events out."""
