package addlint.lib

# tables_in lists the tables held by sec (subsections included), in order.
tables_in(sec) := [t | some t in input.tables; holds(sec, t)]

# fields_in lists the `**Key**: value` fields held by sec, in order.
fields_in(sec) := [f | some f in input.fields; holds(sec, f)]

# code_blocks_in lists the code blocks held by sec, in order.
code_blocks_in(sec) := [b | some b in input.code_blocks; holds(sec, b)]

# checklists_in lists the task lists held by sec, in order.
checklists_in(sec) := [c | some c in input.checklists; holds(sec, c)]

# lists_in lists the plain lists held by sec, in order.
lists_in(sec) := [l | some l in input.lists; holds(sec, l)]

# images_in lists the images held by sec, in order.
images_in(sec) := [i | some i in input.images; holds(sec, i)]

# links_in lists the links held by sec, in order.
links_in(sec) := [l | some l in input.links; holds(sec, l)]

# column is the first normalized column name of the table that the profile
# lists for role (component, technology, rationale, alternatives, target,
# threat, entity); undefined when the table has none.
column(table, role) := names[0] if {
	aliases := {a | some a in data.addlint.profile.columns[role]}
	names := [c | some c in table.columns; c in aliases]
	count(names) > 0
}

# cell is the text of the row's cell in the column for role, "" when absent.
cell(row, table, role) := object.get(object.get(row, "columns", {}), column(table, role), "")

cell(_, table, role) := "" if not column(table, role)
