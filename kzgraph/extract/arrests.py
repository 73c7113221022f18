def extract_arrests(ctx):
    return []
