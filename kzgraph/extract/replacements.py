def extract_replacements(ctx):
    return []
