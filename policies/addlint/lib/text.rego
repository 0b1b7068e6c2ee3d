package addlint.lib

# normalize_title lower-cases a heading or name, removes leading numbering
# ("3.", "6.1.2", "III.", "A.") and surrounding punctuation, markup and emoji,
# and collapses whitespace, so that "## 3. Executive Summary:" matches
# "Executive Summary".
normalize_title(text) := lowered if {
	# Fast path: a title that starts with a letter, ends with a letter or a
	# digit, holds no "." or ")" (so no "iv." or "a)" numbering) and no
	# whitespace but single spaces ("high-level architecture") is already
	# normalized: the rewrites below would leave it as it is.
	lowered := lower(trim_space(text))
	regex.match(`^\p{L}(?:(?:[ ]?[^\s.)])*[ ]?[\p{L}\p{N}])?$`, lowered)
} else := rest if {
	# Fast path for a numbered title ("3.1 database schema overview"): the
	# rewrites below would only remove the number and the spaces after it
	# when what follows starts with a letter, ends with a letter or a digit
	# and holds no whitespace but single spaces.
	lowered := lower(trim_space(text))
	[[_, rest]] := regex.find_all_string_submatch_n(`^\d+(?:\.\d+)*\.?\s+(\p{L}(?:(?:[ ]?\S)*[ ]?[\p{L}\p{N}])?)$`, lowered, 1)
} else := trimmed if {
	lowered := lower(trim_space(text))
	no_lead := regex.replace(lowered, `^[^\p{L}\p{N}]+`, "")
	no_number := regex.replace(no_lead, `^(?:\d+(?:\.\d+)*\.?(?:\s*[-–—:)]\s*|\s+)|\d+(?:\.\d+)*\.|(?:[ivxlcdm]+|[a-z])[.)]\s+)`, "")
	no_lead_again := regex.replace(no_number, `^[^\p{L}\p{N}]+`, "")
	no_trail := _strip_trailing(no_lead_again)
	trimmed := regex.replace(no_trail, `\s+`, " ")
}

# _strip_trailing removes trailing punctuation, keeping a closing parenthesis
# that closes an opening one ("Quality Checklist (Definition of Done)").
_strip_trailing(text) := kept if {
	kept := regex.replace(text, `[^\p{L}\p{N})]+$`, "")
	endswith(kept, ")")
	contains(kept, "(")
} else := regex.replace(text, `[^\p{L}\p{N}]+$`, "")

# filler is true when a cell or field value says nothing: empty, one of the
# profile's fillers ("-", "n/a", "tbd", ...) or a bracketed placeholder such
# as "[Rationale]". One regex tests the three (the profile index's
# filler_pattern, see sections.rego).
filler(text) if regex.match(_index.filler_pattern, lower(trim_space(text)))

# _fillers is the profile's fillers and "" (an empty text), as a list: the
# profile index (sections.rego) holds it, prepared once by the engine.
_fillers := array.concat([f | some f in object.get(data.addlint.profile, "fillers", [])], [""])

# placeholder_text is true when text is a bracketed template placeholder such
# as "[System Name]" or "[Name/Team]".
placeholder_text(text) if regex.match(`^\[[^\]]*\]$`, trim_space(text))
