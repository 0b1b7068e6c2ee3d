package addlint.lib

# The *_in helpers agree with holds: an element is in sec when its section is
# sec's id, or starts with that id and a "/". They test it inline with two
# cheap builtins per element (no helper call per element, no string built per
# element), and OPA caches each helper's result per section.

# tables_in lists the tables held by sec (subsections included), in order.
tables_in(sec) := [t |
	id := sec.id
	n := count(id)
	some t in input.tables
	startswith(t.section, id)
	substring(t.section, n, 1) in {"", "/"}
]

# fields_in lists the `**Key**: value` fields held by sec, in order.
fields_in(sec) := [f |
	id := sec.id
	n := count(id)
	some f in input.fields
	startswith(f.section, id)
	substring(f.section, n, 1) in {"", "/"}
]

# code_blocks_in lists the code blocks held by sec, in order.
code_blocks_in(sec) := [b |
	id := sec.id
	n := count(id)
	some b in input.code_blocks
	startswith(b.section, id)
	substring(b.section, n, 1) in {"", "/"}
]

# checklists_in lists the task lists held by sec, in order.
checklists_in(sec) := [c |
	id := sec.id
	n := count(id)
	some c in input.checklists
	startswith(c.section, id)
	substring(c.section, n, 1) in {"", "/"}
]

# lists_in lists the plain lists held by sec, in order.
lists_in(sec) := [l |
	id := sec.id
	n := count(id)
	some l in input.lists
	startswith(l.section, id)
	substring(l.section, n, 1) in {"", "/"}
]

# images_in lists the images held by sec, in order.
images_in(sec) := [i |
	id := sec.id
	n := count(id)
	some i in input.images
	startswith(i.section, id)
	substring(i.section, n, 1) in {"", "/"}
]

# links_in lists the links held by sec, in order.
links_in(sec) := [l |
	id := sec.id
	n := count(id)
	some l in input.links
	startswith(l.section, id)
	substring(l.section, n, 1) in {"", "/"}
]

# column is the first normalized column name of the table that the profile
# lists for role (component, technology, rationale, alternatives, target,
# threat, entity); undefined when the table has none.
column(table, role) := names[0] if {
	aliases := _column_aliases[role]
	names := [c | some c in table.columns; c in aliases]
	count(names) > 0
}

# cell is the text of the row's cell in the column for role, "" when absent
# (the table has no such column or the row no such cell).
cell(row, table, role) := text if {
	text := row.columns[column(table, role)]
} else := ""

# _column_aliases maps each role to the set of its column names, built once
# per evaluation.
_column_aliases := {role: {a | some a in names} | some role, names in data.addlint.profile.columns}
