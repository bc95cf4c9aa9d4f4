"""Text handling: normalised views with offset maps (``normalize``), the tokenizer (``tokenize``)."""
