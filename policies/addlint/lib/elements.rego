package addlint.lib

# The *_in helpers agree with holds: an element is in sec when its section is
# sec or lies under it. Each kind of element is grouped once per evaluation by
# every section id that holds it (_*_groups), so a helper only looks up and
# orders the indexes of its elements.

# tables_in lists the tables held by sec (subsections included), in order.
tables_in(sec) := [input.tables[i] | some i in sort(object.get(_table_groups, sec.id, set()))]

# fields_in lists the `**Key**: value` fields held by sec, in order.
fields_in(sec) := [input.fields[i] | some i in sort(object.get(_field_groups, sec.id, set()))]

# code_blocks_in lists the code blocks held by sec, in order.
code_blocks_in(sec) := [input.code_blocks[i] | some i in sort(object.get(_code_block_groups, sec.id, set()))]

# checklists_in lists the task lists held by sec, in order.
checklists_in(sec) := [input.checklists[i] | some i in sort(object.get(_checklist_groups, sec.id, set()))]

# lists_in lists the plain lists held by sec, in order.
lists_in(sec) := [input.lists[i] | some i in sort(object.get(_list_groups, sec.id, set()))]

# images_in lists the images held by sec, in order.
images_in(sec) := [input.images[i] | some i in sort(object.get(_image_groups, sec.id, set()))]

# links_in lists the links held by sec, in order.
links_in(sec) := [input.links[i] | some i in sort(object.get(_link_groups, sec.id, set()))]

# _holder_ids lists the ids of the sections that hold an element of section
# id: "a/b/c" is held by "a", "a/b" and "a/b/c".
_holder_ids(id) := [concat("/", array.slice(parts, 0, k)) |
	parts := split(id, "/")
	some k in numbers.range(1, count(parts))
]

# _table_groups maps a section id to the indexes of the tables it holds.
_table_groups[holder] contains i if {
	some i, t in input.tables
	some holder in _holder_ids(t.section)
}

# _field_groups maps a section id to the indexes of the fields it holds.
_field_groups[holder] contains i if {
	some i, f in input.fields
	some holder in _holder_ids(f.section)
}

# _code_block_groups maps a section id to the indexes of the code blocks it holds.
_code_block_groups[holder] contains i if {
	some i, b in input.code_blocks
	some holder in _holder_ids(b.section)
}

# _checklist_groups maps a section id to the indexes of the task lists it holds.
_checklist_groups[holder] contains i if {
	some i, c in input.checklists
	some holder in _holder_ids(c.section)
}

# _list_groups maps a section id to the indexes of the plain lists it holds.
_list_groups[holder] contains i if {
	some i, l in input.lists
	some holder in _holder_ids(l.section)
}

# _image_groups maps a section id to the indexes of the images it holds.
_image_groups[holder] contains i if {
	some i, img in input.images
	some holder in _holder_ids(img.section)
}

# _link_groups maps a section id to the indexes of the links it holds.
_link_groups[holder] contains i if {
	some i, l in input.links
	some holder in _holder_ids(l.section)
}

# column is the first normalized column name of the table that the profile
# lists for role (component, technology, rationale, alternatives, target,
# threat, entity); undefined when the table has none.
column(table, role) := names[0] if {
	aliases := _column_aliases[role]
	names := [c | some c in table.columns; c in aliases]
	count(names) > 0
}

# cell is the text of the row's cell in the column for role, "" when absent.
cell(row, table, role) := object.get(object.get(row, "columns", {}), column(table, role), "")

cell(_, table, role) := "" if not column(table, role)

# _column_aliases maps each role to the set of its column names, built once
# per evaluation.
_column_aliases := {role: {a | some a in names} | some role, names in data.addlint.profile.columns}
