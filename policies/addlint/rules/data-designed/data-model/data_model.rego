# METADATA
# title: Data model
# description: Data Architecture holds no data model (a sql block with CREATE TABLE, a mermaid erDiagram or classDiagram, or a table of entities or fields).
# custom:
#   id: data-model
#   gate: data-designed
#   severity: status-scaled
#   why: Storage is the hardest part to change later; reviewers need the entities, fields and keys to judge the design and its indexes.
#   example_bad: |
#     ### Data Architecture
#     Orders are stored in PostgreSQL.
#   example_good: |
#     ### Data Architecture
#     ```sql
#     CREATE TABLE orders (
#         id UUID PRIMARY KEY,
#         total_cents BIGINT NOT NULL
#     );
#     ```
package addlint.rules["data-designed"]["data-model"]

import data.addlint.lib

report contains lib.finding(rego.metadata.chain(), message, lib.at_section(section)) if {
	section := lib.section("data-architecture")
	not _has_model(section)
	message := sprintf(
		"Section %q holds no data model: add a sql block with CREATE TABLE, a mermaid erDiagram, or a table of entities and fields",
		[section.title],
	)
}

# _has_model is true when the section holds a data model. The usual case
# comes first: a block in a language read as SQL that creates a table.
_has_model(section) if {
	some block in lib.code_blocks_in(section)
	block.lang in {"sql", "postgresql", "postgres", "pgsql", "psql", "mysql", "sqlite", "plsql", "tsql"}
	regex.match(`(?i)\bcreate\s+(or\s+replace\s+)?((temporary|temp|unlogged)\s+)?table\b`, block.content)
}

# A mermaid entity-relationship or class diagram.
_has_model(section) if {
	some block in lib.code_blocks_in(section)
	block.lang == "mermaid"
	regex.match(`(?m)^\s*(erDiagram|classDiagram(-v2)?)\b`, block.content)
}

# A table with an entity column.
_has_model(section) if {
	entity := data.addlint.profile.columns.entity # bound once, not per column
	some table in lib.tables_in(section)
	some name in table.columns
	name in entity
}
