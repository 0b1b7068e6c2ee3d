package addlint.lib

# section is the first section of the document matching the profile key (a key
# of data.addlint.profile.required_sections or of a required_subsections list),
# by title or alias after normalize_title. Top-level keys match headings of any
# level; a subsection is searched among the descendants of its parent's section
# when that exists, else anywhere. Undefined when absent.
section(key) := _section_by_key[key]

# _section_by_key maps each profile key the document has to its section, built
# once per evaluation. Top-level and subsection keys never overlap
# (_sub_index leaves the top-level keys out).
_section_by_key := object.union(
	{key: input.sections[i] | some key, i in _sub_index},
	{key: input.sections[i] | some key, i in _top_index},
)

# holds is true when the element (table, field, code block, ...) or section
# sits in the section or one of its subsections.
holds(sec, element) if element.section == sec.id

holds(sec, element) if startswith(element.section, concat("", [sec.id, "/"]))

holds(sec, element) if {
	not element.section
	startswith(element.id, concat("", [sec.id, "/"]))
}

# subsections lists every descendant section of sec, in document order.
subsections(sec) := [s |
	prefix := concat("", [sec.id, "/"])
	some s in input.sections
	startswith(s.id, prefix)
]

# section_names is the set of normalized names (title and aliases) of a
# profile key.
section_names(key) := {name | some [k, name] in _spec_names; k == key}

# normalized_titles holds normalize_title of every section title, aligned with
# input.sections.
normalized_titles := [normalize_title(object.get(s, "title", "")) | some s in input.sections]

# profile_index is what section() needs from the profile data alone:
# name_keys maps each normalized title or alias to the sorted keys it names,
# top_keys lists the top-level keys, parent_keys maps each subsection key to
# the sorted keys of the sections listing it. The Go engine evaluates it once
# when it loads the policies and stores it as data.addlint.prepared.profile_index,
# so that evaluating a document does not normalize the profile's names again.
profile_index := {
	"name_keys": {name: sort(keys) | some name, keys in _name_keys},
	"top_keys": sort({spec.key | some spec in _top_specs}),
	"parent_keys": {key: sort(parents) | some key, parents in _parent_keys},
}

# _index is the profile index the engine prepared, or (when evaluated without
# the engine, as by opa test) the one computed from the profile data.
_index := prepared if {
	prepared := data.addlint.prepared.profile_index
} else := profile_index

_top_specs := object.get(data.addlint.profile, "required_sections", [])

_sub_lists := object.get(data.addlint.profile, "required_subsections", {})

_all_specs := array.concat(_top_specs, [spec | some list in _sub_lists; some spec in list])

# _spec_names pairs each profile key with each of its normalized names.
_spec_names := [[spec.key, normalize_title(name)] |
	some spec in _all_specs
	some name in array.concat([spec.title], object.get(spec, "aliases", []))
]

# _name_keys maps a normalized name to the set of profile keys it names.
_name_keys[name] contains key if {
	some [key, name] in _spec_names
}

# _parent_keys maps a subsection key to the keys of the sections listing it.
_parent_keys[key] contains parent_key if {
	some parent_key, list in _sub_lists
	some spec in list
	key := spec.key
}

# _section_keys pairs each profile key with the index of each section whose
# title names it, in one pass over the sections. A title also answers to its
# form without a trailing parenthesis ("Executive Summary (核心愿景)").
_section_keys := array.concat(
	[[key, i] |
		name_keys := _index.name_keys
		some i, title in normalized_titles
		some key in object.get(name_keys, title, [])
	],
	[[key, i] |
		name_keys := _index.name_keys
		some i, title in normalized_titles
		endswith(title, ")")
		short := regex.replace(title, `\s*\([^()]*\)$`, "")
		short != title
		some key in object.get(name_keys, short, [])
	],
)

# _top_index maps each top-level key to the first section it names. The inner
# comprehension is indexed by OPA (k == key), so it runs once, not per key.
_top_index := {key: min(candidates) |
	some key in _index.top_keys
	candidates := {i | some [k, i] in _section_keys; k == key}
	count(candidates) > 0
}

# _sub_index maps each subsection key to the first section it names inside
# the section of a parent key listing it (anywhere when that parent is
# absent).
_sub_index := {key: min(candidates) |
	top_keys := _index.top_keys
	some key, parents in _index.parent_keys
	not key in top_keys
	named := {i | some [k, i] in _section_keys; k == key}
	anywhere := {i | some i in named; some parent in parents; not _top_index[parent]}
	inside := {i | some i in named; some parent in parents; startswith(input.sections[i].id, _top_dirs[parent])}
	candidates := anywhere | inside
	count(candidates) > 0
}

# _top_dirs maps each top-level key found to its section's id and a "/".
_top_dirs := {key: concat("", [input.sections[i].id, "/"]) | some key, i in _top_index}
