// Package model holds the document model that the parser produces and the
// policies read (the Rego input), and the findings that the policies return.
//
// The JSON tags are a public contract (see docs/input.md and
// policies/schemas/document.json): change them only compatibly. This package
// uses the standard library only.
package model

// Document is one parsed Architecture Design Document: the `input` of every
// Rego policy. Every list is non-nil after NewDocument, so that it encodes as
// an empty JSON array rather than null.
type Document struct {
	// Path is the file as given on the command line, slash-separated.
	Path string `json:"path"`
	// Title is the first H1, or nil when the document has none.
	Title *Title `json:"title"`
	// Metadata maps a lower-case key ("date", "version", ...) to its entry,
	// from bold `**Key**: value` lines before the first H2 and from YAML
	// front matter (bold lines win over front matter for the same key).
	Metadata map[string]MetadataEntry `json:"metadata"`
	// FrontMatter is the YAML front matter as an object, or nil.
	FrontMatter map[string]any `json:"front_matter"`
	// FrontMatterError is set when the front matter is not valid YAML.
	FrontMatterError *Diagnostic `json:"front_matter_error"`
	// Status is the normalized Status metadata: "draft", "review",
	// "approved", or "" when absent or not one of those.
	Status string `json:"status"`
	// Sections lists every heading in document order.
	Sections []Section `json:"sections"`
	// Fields lists `**Key**: value` paragraphs and list items.
	Fields []Field `json:"fields"`
	// Tables lists every GFM table.
	Tables []Table `json:"tables"`
	// Checklists lists task lists (`- [ ]` / `- [x]` items).
	Checklists []Checklist `json:"checklists"`
	// Lists lists plain bullet and numbered lists (not checklists).
	Lists []List `json:"lists"`
	// CodeBlocks lists fenced and indented code blocks.
	CodeBlocks []CodeBlock `json:"code_blocks"`
	// Links lists inline, reference and autolinks outside code.
	Links []Link `json:"links"`
	// Images lists images; Text holds the alt text.
	Images []Link `json:"images"`
	// Placeholders lists unfilled template text found outside code.
	Placeholders []Placeholder `json:"placeholders"`
	// Suppressions lists the addlint-disable/enable comments.
	Suppressions []Suppression `json:"suppressions"`
	// Lines is the number of lines in the file.
	Lines int `json:"lines"`
}

// NewDocument returns an empty document for path with every list and map
// allocated.
func NewDocument(path string) *Document {
	return &Document{
		Path:         path,
		Metadata:     map[string]MetadataEntry{},
		Sections:     []Section{},
		Fields:       []Field{},
		Tables:       []Table{},
		Checklists:   []Checklist{},
		Lists:        []List{},
		CodeBlocks:   []CodeBlock{},
		Links:        []Link{},
		Images:       []Link{},
		Placeholders: []Placeholder{},
		Suppressions: []Suppression{},
	}
}

// Title is the document's H1.
type Title struct {
	// Text is the plain text of the H1.
	Text string `json:"text"`
	// SystemName is the text after "Architecture Design Document:" (or a
	// similar prefix), else the whole H1 text.
	SystemName string `json:"system_name"`
	// Line is the 1-based line of the H1.
	Line int `json:"line"`
	// Column is the 1-based column where the heading starts.
	Column int `json:"column"`
}

// MetadataEntry is one metadata key with its value and position.
type MetadataEntry struct {
	// Key is the key as written ("Date", "Architect").
	Key string `json:"key"`
	// Value is the plain-text value; for a non-scalar front matter value, its
	// compact JSON text.
	Value string `json:"value"`
	// Line is the 1-based line of the key.
	Line int `json:"line"`
	// Column is the 1-based column of the key.
	Column int `json:"column"`
	// Source is "bold" for a `**Key**: value` line and "front_matter" for a
	// YAML front matter key.
	Source string `json:"source"`
}

// Diagnostic is a problem the parser met but did not refuse the file for.
type Diagnostic struct {
	// Message says what is wrong.
	Message string `json:"message"`
	// Line is the 1-based file line of the problem.
	Line int `json:"line"`
	// Column is the 1-based column, or 0 when unknown.
	Column int `json:"column"`
}

// Section is one heading and the body below it up to the next heading of the
// same or a higher level.
type Section struct {
	// ID is the path of slugs from the top, e.g.
	// "system-context/business-requirements-summary". Unique in a document:
	// a repeated id gets a "-1", "-2", ... suffix on its last part.
	ID string `json:"id"`
	// Slug is the GitHub anchor of the heading ("-1" suffixes for repeats).
	Slug string `json:"slug"`
	// Title is the plain text of the heading.
	Title string `json:"title"`
	// NormalizedTitle is Title as NormalizeTitle gives it ("3. Executive
	// Summary:" is "executive summary"): what the profile's section names
	// are matched against.
	NormalizedTitle string `json:"normalized_title"`
	// Level is 1 for H1 up to 6 for H6.
	Level int `json:"level"`
	// Parent is the ID of the enclosing section, or "".
	Parent string `json:"parent"`
	// Path holds the titles from the top section down to this one.
	Path []string `json:"path"`
	// Line is the 1-based line of the heading.
	Line int `json:"line"`
	// Column is the 1-based column of the heading.
	Column int `json:"column"`
	// EndLine is the last line of the section, subsections included.
	EndLine int `json:"end_line"`
	// Text is the plain prose of the section's own body (not subsections).
	Text string `json:"text"`
	// Words counts the words of Text.
	Words int `json:"words"`
	// HasContent is true when the own body holds text, a list, a table or
	// code.
	HasContent bool `json:"has_content"`
}

// Field is a `**Key**: value` paragraph or list item.
type Field struct {
	// Section is the ID of the section holding the field, or "".
	Section string `json:"section"`
	// Key is the plain text of the bold key, without the colon.
	Key string `json:"key"`
	// NormalizedKey is Key as NormalizeTitle gives it ("Peak RPS" is
	// "peak rps").
	NormalizedKey string `json:"normalized_key"`
	// Value is the plain text after the colon.
	Value string `json:"value"`
	// Line is the 1-based line of the key.
	Line int `json:"line"`
	// Column is the 1-based column of the key's opening `**`.
	Column int `json:"column"`
	// Quantities are the numbers with units found in Value.
	Quantities []Quantity `json:"quantities"`
}

// Quantity is a number with its unit found in a text.
type Quantity struct {
	// Value is the number, with thousands separators removed and k/M/G
	// multipliers applied ("10k" is 10000).
	Value float64 `json:"value"`
	// Unit is the unit as normalized ("ms", "%", "req/s", "rps", "GB"), or
	// "" for a bare number.
	Unit string `json:"unit"`
	// Text is the matched text ("250 ms").
	Text string `json:"text"`
}

// Table is one GFM table.
type Table struct {
	// Section is the ID of the section holding the table, or "".
	Section string `json:"section"`
	// Line is the 1-based line of the header row.
	Line int `json:"line"`
	// EndLine is the line of the last row.
	EndLine int `json:"end_line"`
	// Header holds the plain text of the header cells.
	Header []string `json:"header"`
	// Columns holds the normalized header names, in order (see
	// NormalizeColumn).
	Columns []string `json:"columns"`
	// Rows holds the body rows.
	Rows []TableRow `json:"rows"`
}

// TableRow is one body row of a table.
type TableRow struct {
	// Line is the 1-based line of the row.
	Line int `json:"line"`
	// Cells holds the plain text of each cell.
	Cells []string `json:"cells"`
	// CellColumns holds the 1-based column where each cell's text starts.
	CellColumns []int `json:"cell_columns"`
	// Columns maps a normalized header name to the cell's text.
	Columns map[string]string `json:"columns"`
	// Quantities maps a normalized header name to the quantities found in
	// that cell.
	Quantities map[string][]Quantity `json:"quantities"`
}

// Checklist is a task list.
type Checklist struct {
	// Section is the ID of the section holding the checklist, or "".
	Section string `json:"section"`
	// Line is the 1-based line of the first item.
	Line int `json:"line"`
	// Items holds the task items.
	Items []ChecklistItem `json:"items"`
}

// ChecklistItem is one `- [ ]` or `- [x]` item.
type ChecklistItem struct {
	// Text is the plain text of the item, without the box.
	Text string `json:"text"`
	// Checked is true for `[x]` or `[X]`.
	Checked bool `json:"checked"`
	// Line is the 1-based line of the item.
	Line int `json:"line"`
	// Column is the 1-based column of the list marker.
	Column int `json:"column"`
}

// List is a plain bullet or numbered list.
type List struct {
	// Section is the ID of the section holding the list, or "".
	Section string `json:"section"`
	// Line is the 1-based line of the first item.
	Line int `json:"line"`
	// Ordered is true for a numbered list.
	Ordered bool `json:"ordered"`
	// Items holds the items' own text (nested lists are separate lists).
	Items []ListItem `json:"items"`
}

// ListItem is one item of a plain list.
type ListItem struct {
	// Text is the plain text of the item's own paragraphs.
	Text string `json:"text"`
	// Line is the 1-based line of the item.
	Line int `json:"line"`
}

// CodeBlock is a fenced or indented code block.
type CodeBlock struct {
	// Section is the ID of the section holding the block, or "".
	Section string `json:"section"`
	// Lang is the info string's first word in lower case, or "".
	Lang string `json:"lang"`
	// Fenced is false for an indented code block.
	Fenced bool `json:"fenced"`
	// Line is the 1-based line of the opening fence (or first line).
	Line int `json:"line"`
	// EndLine is the line of the closing fence (or last line).
	EndLine int `json:"end_line"`
	// Content is the code, one "\n" after each line.
	Content string `json:"content"`
	// ParseError is set for a yaml/yml/json block that does not parse.
	ParseError *BlockError `json:"parse_error"`
}

// BlockError is a syntax error inside a code block.
type BlockError struct {
	// Message is the parser's message.
	Message string `json:"message"`
	// Line is the 1-based line inside the block's content.
	Line int `json:"line"`
	// FileLine is the same line counted in the file.
	FileLine int `json:"file_line"`
}

// Link is a link or an image.
type Link struct {
	// Section is the ID of the section holding the link, or "".
	Section string `json:"section"`
	// Text is the link text (alt text for an image).
	Text string `json:"text"`
	// Target is the destination as written.
	Target string `json:"target"`
	// Line is the 1-based line of the link.
	Line int `json:"line"`
	// Column is the 1-based column of the link.
	Column int `json:"column"`
}

// Placeholder is unfilled template text: a bracketed placeholder such as
// "[System Name]" or a TBD/TODO/FIXME/XXX marker.
type Placeholder struct {
	// Section is the ID of the section holding the placeholder, or "".
	Section string `json:"section"`
	// Text is the placeholder as written, brackets included.
	Text string `json:"text"`
	// Line is the 1-based line of the placeholder.
	Line int `json:"line"`
	// Column is the 1-based column of the placeholder.
	Column int `json:"column"`
}

// Suppression kinds.
const (
	SuppressDisable         = "disable"
	SuppressEnable          = "enable"
	SuppressDisableNextLine = "disable-next-line"
	SuppressDisableFile     = "disable-file"
)

// Suppression is one `<!-- addlint-... -->` comment, with the range of
// lines it silences already resolved by the parser.
type Suppression struct {
	// Rules names the rule ids; empty means every rule.
	Rules []string `json:"rules"`
	// Kind is disable, enable, disable-next-line or disable-file.
	Kind string `json:"kind"`
	// Line is the 1-based line of the comment.
	Line int `json:"line"`
	// Column is the 1-based column of the comment.
	Column int `json:"column"`
	// FromLine and ToLine bound the lines silenced (inclusive): for disable,
	// from the comment to the line before the matching enable (or the end of
	// the file); for disable-next-line, the next line; for disable-file,
	// the whole file; for enable, both are 0.
	FromLine int `json:"from_line"`
	// ToLine is the last line silenced (see FromLine).
	ToLine int `json:"to_line"`
}

// Covers reports whether s silences rule at line.
func (s Suppression) Covers(rule string, line int) bool {
	if s.Kind == SuppressEnable || line < s.FromLine || line > s.ToLine {
		return false
	}
	if len(s.Rules) == 0 {
		return true
	}
	for _, r := range s.Rules {
		if r == rule {
			return true
		}
	}
	return false
}
