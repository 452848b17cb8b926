"""Citizens' online applications (permohonan): states, documents, history (#3)."""
