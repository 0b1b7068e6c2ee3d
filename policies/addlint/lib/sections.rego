package addlint.lib

# section is the first section of the document matching the profile key (a key
# of data.addlint.profile.required_sections or of a required_subsections list),
# by title or alias after normalize_title. Top-level keys match headings of any
# level; a subsection is searched among the descendants of its parent's section
# when that exists, else anywhere. Undefined when absent.
section(key) := input.sections[_top_index[key]]

section(key) := input.sections[_sub_index[key]] if not key in _top_keys

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
	some s in input.sections
	startswith(s.id, concat("", [sec.id, "/"]))
]

# section_names is the set of normalized names (title and aliases) of a
# profile key.
section_names(key) := {name | some [k, name] in _spec_names; k == key}

# normalized_titles holds normalize_title of every section title, aligned with
# input.sections.
normalized_titles := [normalize_title(object.get(s, "title", "")) | some s in input.sections]

# _title_forms holds, aligned with input.sections, the names a heading answers
# to: its normalized title and, for "Executive Summary (核心愿景)", the title
# without the trailing parenthesis.
_title_forms := [{title, regex.replace(title, `\s*\([^()]*\)$`, "")} | some title in normalized_titles]

_top_specs := object.get(data.addlint.profile, "required_sections", [])

_sub_lists := object.get(data.addlint.profile, "required_subsections", {})

_all_specs := array.concat(_top_specs, [spec | some list in _sub_lists; some spec in list])

_top_keys := {spec.key | some spec in _top_specs}

# _spec_names pairs each profile key with each of its normalized names.
_spec_names := [[spec.key, normalize_title(name)] |
	some spec in _all_specs
	some name in array.concat([spec.title], object.get(spec, "aliases", []))
]

# _name_keys maps a normalized name to the profile keys it names.
_name_keys := {name: keys |
	some [_, name] in _spec_names
	keys := {key | some [key, other] in _spec_names; other == name}
}

# _section_keys pairs each profile key with the index of each section whose
# title names it, in one pass over the sections.
_section_keys := [[key, i] |
	some i, forms in _title_forms
	some form in forms
	some key in object.get(_name_keys, form, set())
]

_top_index := {key: min(candidates) |
	some [key, _] in _section_keys
	key in _top_keys
	candidates := {i | some [k, i] in _section_keys; k == key}
}

_sub_index := {key: min(candidates) |
	some [key, _] in _section_keys
	not key in _top_keys
	candidates := {i | some [k, i] in _section_keys; k == key; _in_some_parent(key, i)}
	count(candidates) > 0
}

# _in_some_parent is true when section i may be the subsection key: it lies
# under the section of a parent key listing it, or that parent is absent.
_in_some_parent(key, i) if {
	some parent_key, list in _sub_lists
	some spec in list
	spec.key == key
	_in_scope(parent_key, input.sections[i])
}

_in_scope(parent_key, sec) if startswith(sec.id, concat("", [input.sections[_top_index[parent_key]].id, "/"]))

_in_scope(parent_key, _) if not _top_index[parent_key]
